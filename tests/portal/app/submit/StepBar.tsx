// Desktop step bar "Bước 1…n" (FACTS §5). Clicking a step scrolls to its section; the last one ("Đăng ký nhận kết
// quả") also sets hinhThucTra = "1", as the real page does.
import { Steps } from 'antd';

export interface Step {
  description: string;
  target: string;
}

export function StepBar({ steps, onLastStep }: { steps: Step[]; onLastStep: () => void }) {
  return (
    <Steps
      className="nop-ho-so-steps"
      size="small"
      current={1}
      onChange={(index) => {
        const step = steps[index];
        if (!step) return;
        if (index === steps.length - 1) onLastStep();
        document.getElementById(step.target)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }}
      items={steps.map((step, i) => ({ title: `Bước ${i + 1}`, description: step.description }))}
    />
  );
}
