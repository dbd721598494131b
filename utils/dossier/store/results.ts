/** Results of store operations that can be refused (bad input), as opposed to failing (a broken database throws). */
import type { DossierRecord } from '../record';
import { CODE_PROBLEM_MESSAGES, type CodeProblem } from '../registry';

export type SaveProblem = CodeProblem | 'invalid-capture' | 'invalid-id';

export type SaveResult =
  | { ok: true; record: DossierRecord; created: boolean; changed: boolean }
  | { ok: false; problem: SaveProblem; message: { vi: string; en: string } };

export const SAVE_PROBLEM_MESSAGES: Readonly<Record<SaveProblem, { vi: string; en: string }>> = {
  ...CODE_PROBLEM_MESSAGES,
  'invalid-capture': { vi: 'Dữ liệu hồ sơ không hợp lệ.', en: 'The dossier data is not valid.' },
  'invalid-id': {
    vi: 'Số giấy tờ không hợp lệ: nhập 9 hoặc 12 chữ số CMND/CCCD, hoặc số hộ chiếu/mã số thuế.',
    en: 'Invalid ID number: 9 or 12 digits, or a passport or tax number.',
  },
};

export function refused(problem: SaveProblem): SaveResult {
  return { ok: false, problem, message: SAVE_PROBLEM_MESSAGES[problem] };
}

export type ImportResult =
  | { ok: true; added: number; updated: number; unchanged: number }
  | { ok: false; errors: { index: number; message: string }[] };

/** A stored row that failed the schema: reported, skipped, kept in the database untouched. */
export interface CorruptRecord {
  key: string;
  issues: string[];
}
