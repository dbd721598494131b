/**
 * The new profile before it is saved: the card's fields, the ID-number check, the address read into units, and either
 * "Tạo hồ sơ" or, when this ID number is already stored, "Cập nhật hồ sơ" with what would change. Errors (the card's
 * fields disagree) block saving and are shown, never fixed silently; "Sửa trước khi lưu" opens the full editor.
 */
import type { Ref } from 'preact';
import type { CccdCard, Message } from '../../utils/cccd';
import type { Issue } from '../../utils/profile';
import { ChangesTable } from '../backup/ChangesTable';
import { pathLabel } from '../profile/fields';
import { profileTitle } from '../profile/ProfileList';
import { AddressPreview } from './AddressPreview';
import { cardModelText, genderText, shownDate } from './format';
import { IdCheck } from './IdCheck';
import type { PreviewModel } from './model';

export interface CardPreviewProps {
  card: CccdCard;
  notes: readonly Message[];
  model: PreviewModel;
  /** The unit data is still loading: the address is not split yet, so saving waits. */
  bookLoading: boolean;
  /** The unit data could not be loaded: the address is saved whole, as the street. */
  bookFailed: boolean;
  sessionOnly: boolean;
  saving: boolean;
  /** Errors the store reported that the preview could not know about. */
  saveErrors: readonly Issue[];
  onChoose: (code: string | undefined) => void;
  onSave: () => void;
  onEdit: () => void;
  onCancel: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

function Fact({ label, value }: { label: string; value: string | undefined }) {
  if (value === undefined || value === '') return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Existing({ model }: { model: PreviewModel }) {
  const target = model.target;
  if (target === undefined) return null;
  return (
    <div class="cccd-existing">
      <p>
        <strong>Đã có hồ sơ cùng số định danh: {profileTitle(target.profile)}.</strong> Dữ liệu trên thẻ sẽ được ghi vào hồ
        sơ đó thay vì tạo một hồ sơ trùng; các thông tin khác của hồ sơ (điện thoại, gia đình…) được giữ nguyên.
        <span class="en" lang="en">A profile with this ID number exists: it is updated instead of creating a duplicate.</span>
      </p>
      {model.sameNumber > 1 && <p class="hint">Có {model.sameNumber} hồ sơ cùng số này; chỉ hồ sơ đầu tiên được cập nhật.</p>}
      {model.changes.length === 0 ? (
        <p class="msg-ok">Hồ sơ đã có khớp hoàn toàn với thẻ; không cần cập nhật.</p>
      ) : (
        <ChangesTable changes={model.changes} newHeading="Trên thẻ" caption="Những mục sẽ thay đổi" />
      )}
    </div>
  );
}

export function CardPreview(props: CardPreviewProps) {
  const { card, notes, model, bookLoading, bookFailed, sessionOnly, saving, saveErrors, onChoose, onSave, onEdit, onCancel, headingRef } = props;
  const waiting = bookLoading && card.address !== '';
  const isUpdate = model.target !== undefined;
  const errors = [...model.errors, ...saveErrors];
  const otherErrors = errors.filter((i) => i.field !== 'idNumber');
  const otherWarnings = model.warnings.filter((i) => i.field !== 'idNumber');
  const nothingToSave = isUpdate && model.changes.length === 0;
  return (
    <section class="cccd-preview" aria-labelledby="cccd-preview-title">
      <h3 tabIndex={-1} ref={headingRef}>
        <span id="cccd-preview-title">Xem trước hồ sơ: {card.fullName}</span>
        <span class="en" lang="en">Preview before saving</span>
      </h3>
      <p class="hint">{cardModelText(card)}. Kiểm tra với thẻ trước khi lưu.</p>
      <dl class="facts cccd-facts">
        <Fact label="Họ và tên" value={card.fullName} />
        <Fact label="Số định danh cá nhân" value={card.idNumber} />
        <Fact label="Số CMND cũ" value={card.oldIdNumber} />
        <Fact label="Ngày sinh" value={card.birthDate === undefined ? `năm ${card.birthYear}` : shownDate(card.birthDate)} />
        <Fact label="Giới tính" value={genderText(card.gender)} />
        <Fact label="Ngày cấp" value={shownDate(card.issueDate)} />
        <Fact label="Quốc tịch" value={model.profile.nationality} />
      </dl>
      <IdCheck card={card} errors={model.errors} warnings={model.warnings} />
      {card.address !== '' && (
        <AddressPreview
          raw={card.address}
          split={model.address}
          address={model.profile.permanentAddress}
          choices={model.choices}
          chosen={model.chosen}
          onChoose={onChoose}
          loading={waiting}
        />
      )}
      {bookFailed && card.address !== '' && (
        <p class="hint">
          Không tải được danh mục đơn vị hành chính: địa chỉ được lưu nguyên như trên thẻ ở ô “Số nhà, đường, thôn, xóm”.
        </p>
      )}
      {(notes.length > 0 || otherErrors.length > 0 || otherWarnings.length > 0) && (
        <ul class="field-messages">
          {otherErrors.map((i) => (
            <li key={`e-${i.field}-${i.code}`} class="msg-error">
              <strong>Lỗi:</strong> {pathLabel(i.field)}: {i.message}
            </li>
          ))}
          {otherWarnings.map((i) => (
            <li key={`w-${i.field}-${i.code}`} class="msg-warning">
              <strong>Lưu ý:</strong> {pathLabel(i.field)}: {i.message}
            </li>
          ))}
          {notes.map((n) => (
            <li key={n.vi} class="msg-warning">
              {n.vi}
            </li>
          ))}
        </ul>
      )}
      <Existing model={model} />
      {errors.length > 0 && (
        <p role="alert" class="msg-error cccd-blocked">
          Chưa lưu được: dữ liệu trên thẻ có {errors.length === 1 ? '1 chỗ' : `${errors.length} chỗ`} không khớp (xem ở trên). Hãy
          kiểm tra lại thẻ, quét lại, hoặc bấm “Sửa trước khi lưu”.
        </p>
      )}
      {sessionOnly && !isUpdate && (
        <p class="hint">
          Chế độ tình nguyện viên: hồ sơ này chỉ giữ trong phiên làm việc và tự xóa khi đóng trình duyệt.
          <span class="en" lang="en">Volunteer mode: kept for this browser session only.</span>
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="primary" disabled={saving || waiting || errors.length > 0 || nothingToSave} onClick={onSave}>
          {isUpdate ? 'Cập nhật hồ sơ' : 'Tạo hồ sơ'}
        </button>
        <button type="button" disabled={saving} onClick={onEdit}>
          Sửa trước khi lưu
        </button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </section>
  );
}
