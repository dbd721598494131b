/**
 * The new commune an old address became, offered as a suggestion the person confirms, never applied by itself: the
 * 2025 conversion data is imperfect, and a split commune needs the person's own knowledge of where they live.
 */
import type { AddressBook, Commune2025 } from '../../utils/address';
import type { AddressDraft, AddressKey } from './draft';
import { fieldDomId } from './draft';

export interface LegacySuggestionProps {
  book: AddressBook;
  which: AddressKey;
  address: AddressDraft;
  onUse: (province: string, commune: string) => void;
}

export function LegacySuggestion({ book, which, address, onUse }: LegacySuggestionProps) {
  if (address.legacyDistrict.trim() === '' || address.legacyCommune.trim() === '') return <div aria-live="polite" />;
  const exact = book.findProvince(address.province);
  const newProvinceCode = exact.matches.length === 1 && !exact.typeMismatch ? exact.matches[0]?.code : undefined;
  const suggestion = book.suggestNewCommune(
    { province: address.legacyProvince.trim() || address.province, district: address.legacyDistrict, commune: address.legacyCommune },
    newProvinceCode === undefined ? {} : { newProvinceCode },
  );

  const use = (commune: Commune2025): void => {
    onUse(commune.provinceName, commune.name);
    // The button disappears once used; the new commune field is where the result now shows.
    queueMicrotask(() => document.getElementById(fieldDomId(`${which}.commune`))?.focus());
  };

  let body;
  if (suggestion.ok) {
    const matches = suggestion.commune.name === address.commune && suggestion.province.name === address.province;
    body = matches ? (
      <p class="msg-ok">
        Khớp với địa chỉ mới đã chọn: {suggestion.commune.name}, {suggestion.province.name}.
      </p>
    ) : (
      <div class="suggestion">
        <p>
          <strong>Gợi ý:</strong> {suggestion.reason.vi}
        </p>
        <button type="button" onClick={() => use(suggestion.commune)}>
          Dùng gợi ý này
        </button>
      </div>
    );
  } else if (suggestion.candidates.length > 0) {
    body = (
      <div class="suggestion">
        <p>{suggestion.reason.vi}</p>
        <ul class="inline-actions">
          {suggestion.candidates.map((c) => (
            <li key={c.code}>
              <button type="button" onClick={() => use(c)}>
                Chọn {c.name} ({c.provinceName})
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  } else {
    body = <p class="hint">{suggestion.reason.vi}</p>;
  }
  return <div aria-live="polite">{body}</div>;
}
