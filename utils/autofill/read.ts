/**
 * What a control holds now, as a person sees it ('' when empty). A native select's first option is not "empty"
 * unless it is a placeholder: a form that preselects "Nam" shows "Nam", and we do not silently change what is shown.
 */
import { isInput, isSelect, textOf } from './dom';
import { cleanText } from './text';
import type { Control } from './types';

const PLACEHOLDER_OPTION = /^(?:-+.*|chon\b.*|select\b.*|vui long chon\b.*|tat ca|)$/;

function selectedText(select: HTMLSelectElement): string {
  const option = select.selectedIndex >= 0 ? select.options[select.selectedIndex] : undefined;
  if (!option || option.value === '') return '';
  const text = option.text.replace(/\s+/g, ' ').trim();
  return PLACEHOLDER_OPTION.test(cleanText(text)) ? '' : text;
}

/** The label of a radio: its wrapping or for= label, else its value. */
export function radioLabel(radio: HTMLInputElement): string {
  const label = radio.labels?.[0] ?? radio.closest('label');
  return textOf(label) || radio.value;
}

export function readValue(control: Control): string {
  const el = control.element;
  switch (control.kind) {
    case 'radio-group': {
      const checked = control.radios?.find((r) => r.checked);
      return checked ? radioLabel(checked) : '';
    }
    case 'checkbox':
      return (el as HTMLInputElement).checked ? 'checked' : '';
    case 'antd-select': {
      const item = control.host.querySelector('.ant-select-selection-item');
      return item ? item.getAttribute('title') || textOf(item) : '';
    }
    case 'formio-choices': {
      const item = control.host.querySelector('.choices__list--single .choices__item:not(.choices__placeholder)');
      return item ? textOf(item).replace(/\s*Remove item$/i, '') : '';
    }
    case 'formio-day-part':
      // The month is a <select> of 1-12 with English month names: compare numbers, not names.
      return ((el as HTMLInputElement).value ?? '').trim();
    case 'aria-combobox': {
      if (isInput(el)) return el.value.trim();
      // mat-select and the like show a placeholder span until something is chosen.
      const valueText = el.querySelector('[class*="value-text"]');
      if (valueText) return textOf(valueText);
      return el.querySelector('[class*="placeholder"]') ? '' : textOf(el);
    }
    default:
      if (isSelect(el)) return selectedText(el);
      return ((el as HTMLInputElement).value ?? '').trim();
  }
}
