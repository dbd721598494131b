/**
 * A date as people type it: a text input with placeholder dd/mm/yyyy (no native date picker, whose order follows the
 * browser's locale and is slow to use for birth dates). On leaving the field a readable date is rewritten as
 * dd/mm/yyyy ("5/3/1990" → "05/03/1990") so the person sees how it was understood.
 */
import { formatDisplayDate, parseDisplayDate } from '../../utils/text';
import { TextField, type TextFieldProps } from './TextField';

/** A text field whose type, keyboard, placeholder and length are those of a date. */
export type DateFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'placeholder' | 'maxLength' | 'required'>;

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
