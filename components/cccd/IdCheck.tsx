/**
 * The ID number read part by part (FACTS §11) next to the card's own birth date and sex, so the person sees what was
 * checked; a part that disagrees is marked and its message, from the profile rules, says exactly how.
 */
import { describeIdNumber } from '../../utils/cccd';
import type { CccdCard } from '../../utils/cccd';
import type { Issue } from '../../utils/profile';
import { genderText } from './format';

export interface IdCheckProps {
  card: CccdCard;
  errors: readonly Issue[];
  warnings: readonly Issue[];
}

const PART_CODES: Readonly<Record<'province' | 'century' | 'year', readonly string[]>> = {
  province: ['idNumber.unknownProvince', 'idNumber.foreignPrefix'],
  century: ['idNumber.genderDigit', 'idNumber.centuryDigit'],
  year: ['idNumber.yearDigits', 'idNumber.futureYear'],
};

export function IdCheck({ card, errors, warnings }: IdCheckProps) {
  const parts = describeIdNumber(card.idNumber);
  if (parts === undefined) return null;
  const idIssues = [...errors, ...warnings].filter((i) => i.field === 'idNumber');
  const mark = (part: keyof typeof PART_CODES): string => {
    const codes = PART_CODES[part];
    if (errors.some((i) => i.field === 'idNumber' && codes.includes(i.code))) return '✗ không khớp';
    if (warnings.some((i) => i.field === 'idNumber' && codes.includes(i.code))) return '⚠ cần kiểm tra';
    // The province digits are checked against the list of codes, the others against the card's own fields.
    return part === 'province' ? '✓ mã hợp lệ' : '✓ khớp';
  };
  return (
    <div class="cccd-idcheck">
      <h4>
        Kiểm tra số định danh
        <span class="en" lang="en">ID number checks</span>
      </h4>
      <ul>
        <li>
          <strong>{parts.provinceDigits}</strong>: nơi đăng ký khai sinh {parts.province ?? '(không phải mã tỉnh)'}{' '}
          <span class="cccd-mark">{mark('province')}</span>
        </li>
        <li>
          <strong>{parts.centuryDigit}</strong>: giới tính {genderText(parts.gender).toLowerCase()}, sinh {parts.firstYear}–
          {parts.firstYear + 99}; trên thẻ: {genderText(card.gender)}, năm sinh {card.birthYear}{' '}
          <span class="cccd-mark">{mark('century')}</span>
        </li>
        <li>
          <strong>{parts.yearDigits}</strong>: hai số cuối năm sinh; trên thẻ: {card.birthYear}{' '}
          <span class="cccd-mark">{mark('year')}</span>
        </li>
      </ul>
      {idIssues.length > 0 && (
        <ul class="field-messages">
          {idIssues.map((i) => (
            <li key={i.code} class={errors.includes(i) ? 'msg-error' : 'msg-warning'}>
              {i.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
