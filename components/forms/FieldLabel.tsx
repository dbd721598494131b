import type { ComponentChildren } from 'preact';

/**
 * A field's visible label (Vietnamese: it is also the accessible name), a smaller English line outside the label so
 * the accessible name stays Vietnamese only, and an optional hint that the field references.
 */
export interface FieldLabelProps {
  htmlFor: string;
  label: string;
  labelEn?: string | undefined;
  required?: boolean | undefined;
  hint?: ComponentChildren;
  /** For hints: the id the field's `aria-describedby` points to. */
  hintId: string;
}

export function FieldLabel({ htmlFor, label, labelEn, required, hint, hintId }: FieldLabelProps) {
  return (
    <>
      <div class="field-label">
        <label for={htmlFor}>{label}</label>
        {required === true && <span class="required"> (bắt buộc)</span>}
        {labelEn !== undefined && (
          <span class="en" lang="en">
            {labelEn}
          </span>
        )}
      </div>
      {hint !== undefined && hint !== null && hint !== '' && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
    </>
  );
}
