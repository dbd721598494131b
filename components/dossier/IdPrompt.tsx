/**
 * Asks for the owner's ID number when a lookup needs one (none saved) or the saved one was refused. The portal accepts
 * the owner's or the authorised person's CCCD/CMND (FACTS §7).
 */
import { useState } from 'preact/hooks';
import { cleanIdNumber, SAVE_PROBLEM_MESSAGES } from '../../utils/dossier';

export interface IdPromptProps {
  code: string;
  busy: boolean;
  onSubmit: (idNumber: string) => void;
}

export function IdPrompt({ code, busy, onSubmit }: IdPromptProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const id = `id-prompt-${code}`;
  const submit = (event: Event) => {
    event.preventDefault();
    const clean = cleanIdNumber(value);
    if (!clean) {
      setError(SAVE_PROBLEM_MESSAGES['invalid-id'].vi);
      return;
    }
    setError(undefined);
    onSubmit(clean);
  };
  return (
    <form class="id-prompt" onSubmit={submit}>
      <label for={id}>Số CCCD/CMND của chủ hồ sơ</label>
      <div class="inline">
        <input
          id={id}
          value={value}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setValue(e.currentTarget.value)}
        />
        <button type="submit" class="primary" disabled={busy} aria-label={`Tra cứu lại hồ sơ ${code}`}>
          Tra cứu lại
        </button>
      </div>
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </form>
  );
}
