/**
 * Zod issues in words a resident understands. Used for corrupt stored records and for backup files, so it takes a
 * field-label function: profiles and dossiers name their fields differently.
 */
import type * as z from 'zod/mini';
import { fieldLabel } from './issue';

export interface FieldProblem {
  /** Dot path of the field ('permanentAddress.commune', 'history.0.statusText'); '' for the record itself. */
  field: string;
  message: string;
  messageEn: string;
}

type Labeler = (path: string) => { vi: string; en: string };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự', number: 'số', object: 'đối tượng', array: 'danh sách', boolean: 'đúng/sai',
};

/** One zod issue → a Vietnamese sentence about the field, checking the input to tell "missing" from "wrong type". */
export function describeSchemaIssue(zodIssue: z.core.$ZodIssue, input: unknown, label: Labeler = fieldLabel): FieldProblem {
  const field = zodIssue.path.map(String).join('.');
  const name = field === '' ? { vi: 'Bản ghi', en: 'The record' } : label(field);
  const value = valueAt(input, zodIssue.path);
  switch (zodIssue.code) {
    case 'invalid_type': {
      if (value === undefined) {
        return { field, message: `${name.vi}: thiếu (bắt buộc).`, messageEn: `${name.en}: missing (required).` };
      }
      const expected = zodIssue.expected;
      return {
        field,
        message: `${name.vi}: phải là ${TYPE_VI[expected] ?? expected}.`,
        messageEn: `${name.en}: must be a ${expected}.`,
      };
    }
    case 'too_small':
      return { field, message: `${name.vi}: không được để trống.`, messageEn: `${name.en}: must not be empty.` };
    case 'invalid_format':
      return zodIssue.format === 'regex' && /\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(zodIssue.pattern ?? '')
        ? { field, message: `${name.vi}: phải là ngày dạng YYYY-MM-DD (ví dụ 1990-03-15).`, messageEn: `${name.en}: must be a date as YYYY-MM-DD.` }
        : { field, message: `${name.vi}: sai định dạng.`, messageEn: `${name.en}: wrong format.` };
    case 'invalid_value':
      return {
        field,
        message: `${name.vi}: giá trị "${String(value)}" không hợp lệ (cho phép: ${zodIssue.values.map(String).join(', ')}).`,
        messageEn: `${name.en}: "${String(value)}" is not allowed (allowed: ${zodIssue.values.map(String).join(', ')}).`,
      };
    default:
      return { field, message: `${name.vi}: không hợp lệ.`, messageEn: `${name.en}: invalid.` };
  }
}

export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[], input: unknown, label?: Labeler): FieldProblem[] {
  return issues.map((i) => describeSchemaIssue(i, input, label));
}
