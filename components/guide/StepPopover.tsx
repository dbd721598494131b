/**
 * The step's popover: a non-modal dialog with the step counter, the text, and the buttons for the current mode.
 * Non-modal on purpose: the user keeps working on the page while it is open.
 */
import type { Ref } from 'preact';
import type { GuideView } from '../../utils/guide';
import { LABELS } from './labels';

export interface StepPopoverActions {
  onNext: () => void;
  onBack: () => void;
  onClose: () => void;
  onSkip: () => void;
  onShowWithoutTarget: () => void;
  /** Opens a step's page; without it "Mở trang …" is a plain link, which also works. */
  onOpenPage?: (url: string) => void;
}

export interface StepPopoverProps extends StepPopoverActions {
  view: GuideView;
  position: { top: number; left: number; side: string };
  dialogRef: Ref<HTMLDivElement>;
  titleRef: Ref<HTMLHeadingElement>;
}

const TITLE_ID = 'tg-step-title';
const BODY_ID = 'tg-step-body';

function StatusNote({ view }: { view: GuideView }) {
  if (view.mode === 'waiting') return <p class="tg-note">{LABELS.waiting}</p>;
  if (view.mode === 'missing') return <p class="tg-note tg-note-warn">{LABELS.missing(view.title.vi)}</p>;
  if (view.mode === 'off-page' && view.page) return <p class="tg-note">{LABELS.offPage(view.page.name.vi)}</p>;
  return null;
}

export function StepPopover(props: StepPopoverProps) {
  const { view, position, onOpenPage } = props;
  const open = view.mode === 'off-page' ? view.page?.open : undefined;
  return (
    <div
      ref={props.dialogRef}
      class="tg-popover"
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      aria-describedby={BODY_ID}
      data-side={position.side}
      tabIndex={-1}
      style={{ top: position.top, left: position.left }}
    >
      <div class="tg-head">
        <p class="tg-count">
          {LABELS.stepCounter(view.stepIndex + 1, view.stepCount)}
          <span class="tg-guide"> · {view.guideTitle.vi}</span>
        </p>
        <button type="button" class="tg-close" aria-label={LABELS.close} title={LABELS.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      <h2 id={TITLE_ID} class="tg-title" ref={props.titleRef} tabIndex={-1}>
        {view.title.vi}
      </h2>
      <p id={BODY_ID} class="tg-body">
        {view.body.vi}
      </p>
      <StatusNote view={view} />
      {open && view.page ? (
        <a
          class="tg-btn tg-open"
          href={open}
          onClick={
            onOpenPage
              ? (event) => {
                  event.preventDefault();
                  onOpenPage(open);
                }
              : undefined
          }
        >
          {LABELS.openPage(view.page.name.vi)}
        </a>
      ) : null}
      {view.mode === 'missing' ? (
        <div class="tg-row">
          <button type="button" class="tg-btn" onClick={props.onSkip}>
            {LABELS.skip}
          </button>
          <button type="button" class="tg-btn" onClick={props.onShowWithoutTarget}>
            {LABELS.showWithoutTarget}
          </button>
        </div>
      ) : null}
      <div class="tg-row tg-nav">
        <button type="button" class="tg-btn" onClick={props.onBack} disabled={!view.canBack}>
          {LABELS.back}
        </button>
        {view.mode === 'missing' ? null : (
          <button type="button" class="tg-btn tg-primary" onClick={props.onNext}>
            {LABELS.next}
          </button>
        )}
      </div>
      <details class="tg-en" lang="en">
        <summary>{LABELS.english}</summary>
        <p class="tg-en-title">{view.title.en}</p>
        <p>{view.body.en}</p>
      </details>
    </div>
  );
}
