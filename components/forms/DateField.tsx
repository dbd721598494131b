/**
 * A date as people type it: a text input with placeholder dd/mm/yyyy (no native date picker, whose order follows the
 * browser's locale and is slow to use for birth dates). On leaving the field a readable date is rewritten as
 * dd/mm/yyyy ("5/3/1990" → "05/03/1990") so the person sees how it was understood.
 */
import type { ComponentChildren, Ref } from 'preact';
import { formatDisplayDate, parseDisplayDate } from '../../utils/text';
import { TextField } from './TextField';

export interface DateFieldProps {
  id: string;
  label: string;
  labelEn?: string;
  value: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
  errors?: readonly string[];
  warnings?: readonly string[];
  hint?: ComponentChildren;
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function DateField(props: DateFieldProps) {
  const { onInput, onBlur, value } = props;
  return (
    <TextField
      {...props}
      placeholder="dd/mm/yyyy"
      maxLength={10}
      onBlur={() => {
        const iso = parseDisplayDate(value);
        const shown = iso === undefined ? undefined : formatDisplayDate(iso);
        if (shown !== undefined && shown !== value) onInput(shown);
        onBlur?.();
      }}
    />
  );
}
