/**
 * After a save that was refused: what is wrong, each item a link to its field. It takes focus so keyboard and screen
 * reader users land on the list instead of hunting for red fields.
 */
import type { Ref } from 'preact';
import type { Issue } from '../../utils/profile';
import { fieldDomId } from './draft';
import { pathLabel } from './fields';

export interface ErrorSummaryProps {
  errors: readonly Issue[];
  summaryRef?: Ref<HTMLDivElement>;
}

export function ErrorSummary({ errors, summaryRef }: ErrorSummaryProps) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="pf-error-title">
      <h4>
        <span id="pf-error-title">Chưa lưu được: {errors.length === 1 ? 'còn 1 lỗi cần sửa' : `còn ${errors.length} lỗi cần sửa`}</span>
        <span class="en" lang="en">Not saved: please fix the errors below</span>
      </h4>
      <ul>
        {errors.map((e) => {
          const target = e.field === '' ? undefined : fieldDomId(e.field);
          const text = `${pathLabel(e.field)}: ${e.message}`;
          return (
            <li key={`${e.field}-${e.code}`}>
              {target === undefined ? (
                text
              ) : (
                <a
                  href={`#${target}`}
                  onClick={(ev) => {
                    const el = document.getElementById(target);
                    if (el === null) return;
                    ev.preventDefault();
                    // A radio group is a fieldset: focus its first radio.
                    const focusable = el instanceof HTMLFieldSetElement ? el.querySelector('input') : el;
                    focusable?.focus();
                  }}
                >
                  {text}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
