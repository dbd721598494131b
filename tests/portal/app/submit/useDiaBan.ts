// Options of one address level from GET /api/v1/diabans?Loai=…&maDiaBan=… (FACTS §5). Every parent change fetches
// again (no cache), as the portal does; stale answers are dropped.
import { useEffect, useState } from 'react';
import { api } from '../lib/api';
import type { Option } from './AntdSelect';

export type AddressLayout = 'three-level' | 'two-level';

interface DiaBan {
  maDiaBan: string;
  tenDiaBan: string;
}

export function useDiaBan(loai: 'Tinh' | 'Huyen' | 'Xa', parent: string | undefined, layout: AddressLayout, enabled: boolean) {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    if (!enabled) {
      setOptions([]);
      return undefined;
    }
    let live = true;
    setLoading(true);
    const query = new URLSearchParams({ Loai: loai });
    if (parent) query.set('maDiaBan', parent);
    if (layout === 'two-level') query.set('capDiaBan', '2');
    void api<DiaBan[]>(`/api/v1/diabans?${query.toString()}`).then((result) => {
      if (!live) return;
      setOptions((result.data ?? []).map((d) => ({ value: d.maDiaBan, label: d.tenDiaBan })));
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [loai, parent, layout, enabled]);
  return { options, loading };
}
