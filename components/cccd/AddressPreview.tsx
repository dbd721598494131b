/**
 * The card's address as read into units, and for an old address the new commune to confirm. Nothing is chosen by
 * itself: even an unambiguous mapping is a box the person ticks, since the 2025 conversion data is imperfect.
 */
import type { Commune2025 } from '../../utils/address';
import type { CardAddress } from '../../utils/cccd';
import type { Address } from '../../utils/profile';

export interface AddressPreviewProps {
  raw: string;
  split: CardAddress | undefined;
  /** The address that would be saved (with the chosen commune). */
  address: Address | undefined;
  choices: readonly Commune2025[];
  chosen: Commune2025 | undefined;
  onChoose: (code: string | undefined) => void;
  /** The unit data is still loading. */
  loading: boolean;
}

function Row({ label, value }: { label: string; value: string | undefined }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value === undefined || value === '' ? <span class="hint">(trống)</span> : value}</dd>
    </div>
  );
}

function Choice({ split, choices, chosen, onChoose }: Pick<AddressPreviewProps, 'split' | 'choices' | 'chosen' | 'onChoose'>) {
  const suggestion = split?.suggestion;
  if (split?.era !== 'legacy' || suggestion === undefined) return null;
  const only = choices.length === 1 ? choices[0] : undefined;
  if (suggestion.ok && only !== undefined) {
    return (
      <div class="suggestion">
        <p>{suggestion.reason.vi}</p>
        <label class="choice">
          <input type="checkbox" checked={chosen?.code === only.code} onChange={(e) => onChoose(e.currentTarget.checked ? only.code : undefined)} />
          {` Dùng ${only.name}, ${only.provinceName} làm xã, phường mới`}
        </label>
      </div>
    );
  }
  if (choices.length > 0) {
    return (
      <fieldset class="suggestion">
        <legend>Xã, phường mới (sau 1/7/2025)</legend>
        <p>{suggestion.reason.vi}</p>
        {choices.map((c) => (
          <label key={c.code} class="choice">
            <input type="radio" name="cccd-commune" checked={chosen?.code === c.code} onChange={() => onChoose(c.code)} />
            {` ${c.name} (${c.provinceName})`}
          </label>
        ))}
        <label class="choice">
          <input type="radio" name="cccd-commune" checked={chosen === undefined} onChange={() => onChoose(undefined)} />
          {' Để trống, chọn sau'}
        </label>
      </fieldset>
    );
  }
  return <p class="hint">{suggestion.reason.vi}</p>;
}

export function AddressPreview(props: AddressPreviewProps) {
  const { raw, split, address, loading } = props;
  const legacy = address?.legacy;
  const oldLine = [legacy?.commune, legacy?.district, legacy?.province ?? (legacy === undefined ? undefined : address?.province)]
    .filter((p) => p !== undefined && p !== '')
    .join(', ');
  return (
    <div class="cccd-address">
      <h4>
        Nơi thường trú
        <span class="en" lang="en">Permanent address</span>
      </h4>
      <p class="cccd-raw">
        Trên thẻ: <q>{raw}</q>
      </p>
      {loading && <p class="hint">Đang tải danh mục đơn vị hành chính để tách địa chỉ…</p>}
      {split !== undefined && (
        <>
          <dl class="facts">
            <Row label="Tỉnh, thành phố" value={address?.province} />
            <Row label="Xã, phường, đặc khu" value={address?.commune ?? (split.era === 'legacy' ? 'chưa chọn' : undefined)} />
            <Row label="Số nhà, đường, thôn, xóm" value={address?.street} />
            {oldLine !== '' && <Row label="Địa chỉ trước 1/7/2025" value={oldLine} />}
          </dl>
          {split.notes.length > 0 && (
            <ul class="field-messages">
              {split.notes.map((n) => (
                <li key={n.vi} class="msg-warning">
                  {n.vi}
                </li>
              ))}
            </ul>
          )}
          <Choice {...props} />
        </>
      )}
    </div>
  );
}
