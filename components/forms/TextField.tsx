import type { ComponentChildren, Ref } from 'preact';
import { FieldLabel } from './FieldLabel';
import { FieldMessages, describedBy } from './FieldMessages';

/** A labelled text input with a hint and inline messages (`aria-invalid` only for errors). */
export interface TextFieldProps {
  id: string;
  label: string;
  labelEn?: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  errors?: readonly string[];
  warnings?: readonly string[];
  hint?: ComponentChildren;
  required?: boolean;
  type?: 'text' | 'tel' | 'email';
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  autoComplete?: string;
  placeholder?: string;
  maxLength?: number;
  inputRef?: Ref<HTMLInputElement>;
}

export function TextField(props: TextFieldProps) {
  const { id, label, labelEn, value, onInput, onBlur, hint, required, type = 'text', inputMode, autoComplete, placeholder, maxLength, inputRef } = props;
  const errors = props.errors ?? [];
  const warnings = props.warnings ?? [];
  const hasHint = hint !== undefined && hint !== null && hint !== '';
  return (
    <div class="field">
      <FieldLabel htmlFor={id} label={label} labelEn={labelEn} required={required} hint={hint} hintId={`${id}-hint`} />
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete ?? 'off'}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-required={required === true ? 'true' : undefined}
        aria-invalid={errors.length > 0 ? 'true' : undefined}
        aria-describedby={describedBy(id, hasHint, errors.length + warnings.length > 0)}
        onInput={(e) => onInput(e.currentTarget.value)}
        onBlur={onBlur}
      />
      <FieldMessages id={`${id}-msg`} errors={errors} warnings={warnings} />
    </div>
  );
}
