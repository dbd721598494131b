/**
 * Dates in a profile: real calendar days, not in the future, the card issued after birth (and, as a warning, at 14
 * or older: cards for younger children exist only since the 2023 Law on Identification, so it is unusual, not wrong).
 */
import { ageOn, formatDisplayDate, isValidIsoDate } from '../../text';
import { issue } from '../issue';
import type { Issue, ValidationResult } from '../issue';
import type { Profile } from '../schema';

const EARLIEST_PLAUSIBLE = '1900-01-01';

/** Calendar validity and "not in the future" for one date field. Returns whether the date is usable further. */
function checkOne(value: string | undefined, field: string, label: { vi: string; en: string }, today: string, out: ValidationResult): boolean {
  if (value === undefined || value === '') return false;
  if (!isValidIsoDate(value)) {
    out.errors.push(issue(field, 'date.invalid',
      `${label.vi} không phải ngày có thật (${value}). Nhập theo dạng ngày/tháng/năm, ví dụ 15/03/1990.`,
      `${label.en} is not a real date (${value}). Use day/month/year, e.g. 15/03/1990.`));
    return false;
  }
  if (value > today) {
    out.errors.push(issue(field, 'date.future',
      `${label.vi} (${formatDisplayDate(value) ?? value}) ở tương lai.`,
      `${label.en} (${value}) is in the future.`));
    return false;
  }
  if (value < EARLIEST_PLAUSIBLE) {
    out.warnings.push(issue(field, 'date.tooOld',
      `${label.vi} (${formatDisplayDate(value) ?? value}) trước năm 1900. Hãy kiểm tra lại.`,
      `${label.en} (${value}) is before 1900. Please check.`));
  }
  return true;
}

export function checkDates(profile: Profile, today: string): ValidationResult {
  const out: ValidationResult = { errors: [], warnings: [] };
  const birthOk = checkOne(profile.birthDate, 'birthDate', { vi: 'Ngày sinh', en: 'Date of birth' }, today, out);
  const issueOk = checkOne(profile.idIssueDate, 'idIssueDate', { vi: 'Ngày cấp', en: 'Date of issue' }, today, out);

  if (birthOk && issueOk && profile.birthDate !== undefined && profile.idIssueDate !== undefined) {
    const birth = profile.birthDate;
    const issued = profile.idIssueDate;
    if (issued <= birth) {
      out.errors.push(issue('idIssueDate', 'idIssueDate.beforeBirth',
        `Ngày cấp (${formatDisplayDate(issued) ?? issued}) phải sau ngày sinh (${formatDisplayDate(birth) ?? birth}).`,
        `The date of issue (${issued}) must be after the date of birth (${birth}).`));
    } else {
      const age = ageOn(birth, issued);
      if (age !== undefined && age < 14) {
        out.warnings.push(issue('idIssueDate', 'idIssueDate.underFourteen',
          `Thẻ được cấp khi mới ${age} tuổi. Thẻ căn cước thường cấp từ 14 tuổi; hãy kiểm tra lại ngày cấp và ngày sinh.`,
          `The card was issued at age ${age}. Cards are usually issued from age 14; please check both dates.`));
      }
    }
  }

  for (const [key, vi, en] of [['father', 'Ngày sinh của cha', "Father's date of birth"], ['mother', 'Ngày sinh của mẹ', "Mother's date of birth"], ['spouse', 'Ngày sinh của vợ/chồng', "Spouse's date of birth"]] as const) {
    const date = profile[key]?.birthDate;
    const ok = checkOne(date, `${key}.birthDate`, { vi, en }, today, out);
    if (ok && birthOk && key !== 'spouse' && date !== undefined && profile.birthDate !== undefined && date >= profile.birthDate) {
      out.warnings.push(issue(`${key}.birthDate`, 'relative.bornAfterChild',
        `${vi} (${formatDisplayDate(date) ?? date}) không trước ngày sinh của người này (${formatDisplayDate(profile.birthDate) ?? profile.birthDate}).`,
        `${en} (${date}) is not before this person's date of birth (${profile.birthDate}).`));
    }
  }
  return out;
}
