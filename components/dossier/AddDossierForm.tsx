/**
 * Adding a code by hand, with a note or a label. The code is checked here first (shape, real date, not in the future)
 * so the resident gets the reason at once; the background checks again and its refusal is shown the same way.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkDossierCode, cleanIdNumber, CODE_PROBLEM_MESSAGES, SAVE_PROBLEM_MESSAGES } from '../../utils/dossier';
import type { AddResult, ManualDossier } from './types';

export interface AddDossierFormProps {
  onSubmit: (fields: ManualDossier) => Promise<AddResult>;
  onCancel: () => void;
  now?: Date;
}

type Errors = Partial<Record<'code' | 'id' | 'form', string>>;

export function AddDossierForm({ onSubmit, onCancel, now }: AddDossierFormProps) {
  const [code, setCode] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [label, setLabel] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const idRef = useRef<HTMLInputElement>(null);

  useEffect(() => codeRef.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const next: Errors = {};
    const check = checkDossierCode(code, now ? { now } : {});
    if (!check.ok) next.code = CODE_PROBLEM_MESSAGES[check.problem].vi;
    if (idNumber.trim() !== '' && !cleanIdNumber(idNumber)) next.id = SAVE_PROBLEM_MESSAGES['invalid-id'].vi;
    setErrors(next);
    if (next.code) return codeRef.current?.focus();
    if (next.id) return idRef.current?.focus();
    setSaving(true);
    try {
      const fields: ManualDossier = { code: check.ok ? check.parsed.code : code };
      if (idNumber.trim()) fields.ownerIdNumber = idNumber.trim();
      if (label.trim()) fields.label = label.trim();
      if (note.trim()) fields.note = note.trim();
      const result = await onSubmit(fields);
      if (!result.ok) {
        const field = result.problem === 'invalid-id' ? 'id' : 'code';
        setErrors({ [field]: result.message.vi });
        (field === 'id' ? idRef : codeRef).current?.focus();
      }
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="add-form" aria-label="Thêm mã hồ sơ" onSubmit={submit} noValidate>
      <h2>
        Thêm mã hồ sơ
        <span class="en" lang="en">Add a dossier code</span>
      </h2>
      <div class="field">
        <label for="add-code">Mã hồ sơ</label>
        <input
          id="add-code"
          ref={codeRef}
          class="mono"
          value={code}
          placeholder="000.00.22.H56-241121-0007"
          autoComplete="off"
          spellcheck={false}
          aria-required="true"
          aria-invalid={errors.code ? 'true' : undefined}
          aria-describedby={errors.code ? 'add-code-hint add-code-error' : 'add-code-hint'}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <p id="add-code-hint" class="hint">In trên Phiếu tiếp nhận, hoặc trong tin nhắn SMS/Zalo.</p>
        {errors.code && (
          <p id="add-code-error" class="field-error">
            {errors.code}
          </p>
        )}
      </div>
      <div class="field">
        <label for="add-id">Số CCCD/CMND của chủ hồ sơ</label>
        <input
          id="add-id"
          ref={idRef}
          value={idNumber}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          aria-invalid={errors.id ? 'true' : undefined}
          aria-describedby={errors.id ? 'add-id-hint add-id-error' : 'add-id-hint'}
          onInput={(e) => setIdNumber(e.currentTarget.value)}
        />
        <p id="add-id-hint" class="hint">Cổng cần số này để tra cứu (của chủ hồ sơ hoặc người được ủy quyền).</p>
        {errors.id && (
          <p id="add-id-error" class="field-error">
            {errors.id}
          </p>
        )}
      </div>
      <div class="field">
        <label for="add-label">Nhãn</label>
        <input id="add-label" value={label} maxLength={40} placeholder="Ví dụ: Của mẹ" onInput={(e) => setLabel(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="add-note">Ghi chú</label>
        <textarea id="add-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      {errors.form && <p class="field-error">{errors.form}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving}>
          Lưu mã hồ sơ
        </button>
        <button type="button" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
