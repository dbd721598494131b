import { useEffect, useState } from 'react';
import { api, type ApiResult } from './api';

/** GETs a path once per change of `path`; null path = don't load. */
export function useApi<T>(path: string | null): { result: ApiResult<T> | null; loading: boolean; reload: () => void } {
  const [result, setResult] = useState<ApiResult<T> | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) return undefined;
    let live = true;
    setResult(null);
    void api<T>(path).then((value) => {
      if (live) setResult(value);
    });
    return () => {
      live = false;
    };
  }, [path, tick]);
  return { result, loading: path !== null && result === null, reload: () => setTick((t) => t + 1) };
}
