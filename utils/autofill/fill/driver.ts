/** The contract every widget driver keeps. */
import { AMBIGUOUS, NONE } from '../options';
import type { Control, FillValue } from '../types';
import type { WaitContext } from './wait';

export interface DriverContext extends WaitContext {
  /** Upper bound for each wait on the portal (options loading, a cascade enabling). */
  timeoutMs: number;
}

export interface DriverResult {
  ok: boolean;
  /** Vietnamese, for the panel. */
  reason: string;
  /** What the field shows afterwards. */
  shown?: string;
}

export type Driver = (control: Control, value: FillValue, ctx: DriverContext) => Promise<DriverResult>;

export const done = (shown: string): DriverResult => ({ ok: true, reason: 'Đã điền', shown });
export const failed = (reason: string): DriverResult => ({ ok: false, reason });

/** The reason for a pickOption miss. */
export function missReason(index: number, label: string): string {
  if (index === AMBIGUOUS) return `Có nhiều lựa chọn giống "${label}": để người dùng chọn`;
  if (index === NONE) return `Không có lựa chọn "${label}" trong danh sách`;
  return '';
}
