/** State for "Tra cứu tất cả": progress while running, and a stop request honoured after the current lookup. */
import { useRef, useState } from 'preact/hooks';
import { checkOneByOne, type CheckAllProgress, type CheckAllSummary, type StepOutcome } from './checkAll';

export interface CheckAll {
  progress: CheckAllProgress | undefined;
  stopping: boolean;
  start(codes: readonly string[], step: (code: string) => Promise<StepOutcome>): Promise<CheckAllSummary | undefined>;
  stop(): void;
}

export function useCheckAll(): CheckAll {
  const [progress, setProgress] = useState<CheckAllProgress>();
  const [stopping, setStopping] = useState(false);
  const stopRef = useRef(false);
  const runningRef = useRef(false);
  return {
    progress,
    stopping,
    async start(codes, step) {
      if (runningRef.current) return undefined;
      runningRef.current = true;
      stopRef.current = false;
      setStopping(false);
      setProgress({ done: 0, total: codes.length, current: codes[0] });
      try {
        return await checkOneByOne(codes, step, { shouldStop: () => stopRef.current, onProgress: setProgress });
      } finally {
        runningRef.current = false;
        setProgress(undefined);
        setStopping(false);
      }
    },
    stop() {
      stopRef.current = true;
      setStopping(true);
    },
  };
}
