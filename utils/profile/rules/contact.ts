/** Email and names: shapes that forms reject, reported before the portal does. */
import { issue } from '../issue';
import type { Issue, ValidationResult } from '../issue';
import { tidy } from '../../text';

/** Plain ASCII address with one "@" and a dotted domain; portals reject accented addresses, so they are errors too. */
const EMAIL = /^[\x21-\x3f\x41-\x7e]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function checkEmail(raw: string, field = 'email'): ValidationResult {
  const errors: Issue[] = [];
  const v = raw.trim();
  if (v !== '' && !EMAIL.test(v)) {
    errors.push(issue(field, 'email.invalid',
      `Email "${v}" không hợp lệ. Email có dạng ten@vidu.com, không dấu, không khoảng trắng.`,
      `"${v}" is not a valid email. It looks like name@example.com, without accents or spaces.`));
  }
  return { errors, warnings: [] };
}

/** Letters (any script, with marks), spaces, apostrophes and hyphens: "Nguyễn Thị Hồng", "H'Hen Niê". */
const NAME = /^[\p{L}\p{M}' -]+$/u;

export function checkName(raw: string | undefined, field: string, required: boolean): ValidationResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const v = tidy(raw ?? '');
  if (v === '') {
    if (required) errors.push(issue(field, 'name.required', 'Cần nhập họ và tên.', 'The full name is required.'));
    return { errors, warnings };
  }
  if (/\d/.test(v)) {
    warnings.push(issue(field, 'name.digits', `Họ tên "${v}" có chữ số. Hãy kiểm tra lại.`, `The name "${v}" contains digits. Please check.`));
  } else if (!NAME.test(v)) {
    warnings.push(issue(field, 'name.characters', `Họ tên "${v}" có ký tự lạ. Hãy kiểm tra lại.`, `The name "${v}" contains unusual characters. Please check.`));
  }
  return { errors, warnings };
}
