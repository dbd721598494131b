import type { ComponentChildren } from 'preact';

/**
 * A fieldset whose legend shows Vietnamese and a smaller English line, while its accessible name stays Vietnamese
 * (screen readers announce it on entering each field).
 */
export interface GroupProps {
  id: string;
  legend: string;
  legendEn?: string | undefined;
  class?: string;
  describedBy?: string | undefined;
  children: ComponentChildren;
}

export function Group({ id, legend, legendEn, class: className, describedBy, children }: GroupProps) {
  return (
    <fieldset id={id} class={className} aria-labelledby={`${id}-legend`} aria-describedby={describedBy}>
      <legend>
        <span id={`${id}-legend`}>{legend}</span>
        {legendEn !== undefined && (
          <span class="en" lang="en">
            {legendEn}
          </span>
        )}
      </legend>
      {children}
    </fieldset>
  );
}
