/**
 * The inline messages under one field: errors (block saving) and warnings (only inform). The list's id goes into the
 * field's `aria-describedby`, so a screen reader reads the message together with the field.
 */
export interface FieldMessagesProps {
  id: string;
  errors: readonly string[];
  warnings: readonly string[];
}

export function FieldMessages({ id, errors, warnings }: FieldMessagesProps) {
  if (errors.length === 0 && warnings.length === 0) return null;
  return (
    <ul id={id} class="field-messages">
      {errors.map((m) => (
        <li key={`e-${m}`} class="msg-error">
          <strong>Lỗi:</strong> {m}
        </li>
      ))}
      {warnings.map((m) => (
        <li key={`w-${m}`} class="msg-warning">
          <strong>Lưu ý:</strong> {m}
        </li>
      ))}
    </ul>
  );
}

/** The `aria-describedby` value for a field with an optional hint and messages. */
export function describedBy(id: string, hint: boolean, messages: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', messages ? `${id}-msg` : ''].filter((s) => s !== '');
  return ids.length > 0 ? ids.join(' ') : undefined;
}
