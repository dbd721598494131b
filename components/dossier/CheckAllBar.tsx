/** Progress of "Tra cứu tất cả": a labelled progress bar, "3/10", the code being looked up, and "Dừng". */
import type { CheckAllProgress } from './checkAll';

export interface CheckAllBarProps {
  progress: CheckAllProgress;
  stopping: boolean;
  onStop: () => void;
}

export function CheckAllBar({ progress, stopping, onStop }: CheckAllBarProps) {
  const { done, total, current } = progress;
  return (
    <div class="check-all" aria-label="Tra cứu tất cả" role="group">
      <div class="check-all-line">
        <span>Đang tra cứu tất cả</span>
        <span class="count">
          {done}/{total}
        </span>
      </div>
      <progress id="check-all-progress" aria-label="Tiến độ tra cứu tất cả" max={total} value={done} />
      <div class="check-all-line">
        <span class="current">
          {stopping ? 'Sẽ dừng sau hồ sơ đang tra cứu…' : current ? <>Đang tra cứu <span class="mono">{current}</span></> : ''}
        </span>
        <button type="button" onClick={onStop} disabled={stopping}>
          Dừng
        </button>
      </div>
    </div>
  );
}
