/** Words for the preview: dates as the card prints them, sex in Vietnamese, the card model. */
import type { CccdCard } from '../../utils/cccd';
import type { Gender } from '../../utils/profile';
import { formatDisplayDate } from '../../utils/text';

export function shownDate(iso: string | undefined): string {
  return iso === undefined ? '' : formatDisplayDate(iso) ?? iso;
}

export function genderText(gender: Gender | undefined): string {
  return gender === 'male' ? 'Nam' : gender === 'female' ? 'Nữ' : '';
}

export function cardModelText(card: CccdCard): string {
  return card.model === 'can-cuoc' ? 'Thẻ căn cước (cấp từ 1/7/2024)' : 'Thẻ căn cước công dân gắn chip';
}
