/** Editing a dossier's label and note (e.g. "Của mẹ", "Mang bản gốc CCCD khi nhận kết quả"). */
import { useEffect, useState } from 'preact/hooks';

export interface NoteEditorProps {
  code: string;
  note: string | undefined;
  label: string | undefined;
  onSave: (change: { note: string; label: string }) => Promise<void>;
}

export function NoteEditor({ code, note, label, onSave }: NoteEditorProps) {
  const [noteValue, setNote] = useState(note ?? '');
  const [labelValue, setLabel] = useState(label ?? '');
  const [saving, setSaving] = useState(false);
  // A save (or a lookup that merged a note) brings new values: show them.
  useEffect(() => setNote(note ?? ''), [note]);
  useEffect(() => setLabel(label ?? ''), [label]);
  const dirty = noteValue.trim() !== (note ?? '') || labelValue.trim() !== (label ?? '');
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaving(true);
    try {
      await onSave({ note: noteValue.trim(), label: labelValue.trim() });
    } finally {
      setSaving(false);
    }
  };
  return (
    <form class="note-editor" onSubmit={submit}>
      <div class="field">
        <label for={`label-${code}`}>Nhãn</label>
        <input id={`label-${code}`} value={labelValue} maxLength={40} placeholder="Ví dụ: Của mẹ" onInput={(e) => setLabel(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for={`note-${code}`}>Ghi chú</label>
        <textarea id={`note-${code}`} rows={3} value={noteValue} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <button type="submit" disabled={saving || !dirty}>
        Lưu ghi chú và nhãn
      </button>
    </form>
  );
}
