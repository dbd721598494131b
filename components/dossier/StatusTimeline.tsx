/**
 * The status history as a timeline, newest first: each check with when it was read, the portal's wording, the due date
 * then, what it changed from, and the processing steps ("Thao tác xử lý") the page listed.
 */
import type { ProcessingStep, StatusCheck } from '../../utils/dossier';
import { dmy, stepTime, vnDateTime } from './format';
import { StatusBadge } from './StatusBadge';

function Steps({ steps }: { steps: readonly ProcessingStep[] }) {
  return (
    <ol class="steps">
      {steps.map((step, i) => (
        <li key={i}>
          {step.time && <span class="step-time">{stepTime(step.time)}</span>}
          {step.action && <span class="step-action">{step.action}</span>}
          {step.sender && <span class="step-who">Người gửi: {step.sender}</span>}
          {step.receiver && <span class="step-who">Người nhận: {step.receiver}</span>}
        </li>
      ))}
    </ol>
  );
}

export interface StatusTimelineProps {
  history: readonly StatusCheck[];
}

export function StatusTimeline({ history }: StatusTimelineProps) {
  if (history.length === 0) {
    return <p class="muted">Chưa tra cứu lần nào. Bấm “Tra cứu” để xem hồ sơ đang ở bước nào.</p>;
  }
  const newestFirst = history.map((check, i) => ({ check, previous: history[i - 1] })).reverse();
  return (
    <ol class="timeline" aria-label="Lịch sử trạng thái">
      {newestFirst.map(({ check, previous }, i) => {
        const steps = check.steps ?? [];
        return (
          <li key={`${check.checkedAt}-${i}`} class={i === 0 ? 'current' : undefined}>
            <p class="when">
              {i === 0 ? 'Hiện tại · ' : ''}Tra cứu lúc {vnDateTime(check.checkedAt)}
            </p>
            <StatusBadge statusText={check.statusText} explain={i === 0} />
            {previous && previous.statusText !== check.statusText && (
              <p class="change">Thay đổi từ: {previous.statusText}</p>
            )}
            {check.dueDate && <p class="due">Hẹn trả {dmy(check.dueDate)}</p>}
            {steps.length > 0 &&
              (i === 0 ? (
                <section class="steps-block" aria-label="Thao tác xử lý">
                  <h4>Thao tác xử lý</h4>
                  <Steps steps={steps} />
                </section>
              ) : (
                <details>
                  <summary>Thao tác xử lý ({steps.length})</summary>
                  <Steps steps={steps} />
                </details>
              ))}
          </li>
        );
      })}
    </ol>
  );
}
