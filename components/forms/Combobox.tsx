/**
 * An editable combobox (WAI-ARIA 1.2 pattern, list autocomplete with automatic selection): typing filters the list
 * and highlights the first match, arrows move, Enter picks, Escape closes. Free text stays allowed: the list helps,
 * the validator warns about unknown values. On leaving the field a text that names exactly one option (e.g. "thanh hoa")
 * takes that option's official spelling, since that is what the person meant.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FieldLabel } from './FieldLabel';
import { FieldMessages, describedBy } from './FieldMessages';

export interface ComboOption {
  /** The text stored and shown in the field. */
  value: string;
  /** A second line, e.g. the new commune an old one became. */
  detail?: string;
}

export interface ComboboxProps {
  id: string;
  label: string;
  labelEn?: string;
  value: string;
  onChange: (value: string) => void;
  /** The options for what is typed; '' asks for the full (or first part of the) list. */
  options: (query: string) => readonly ComboOption[];
  /** The official spelling for a text that names exactly one option, or undefined. */
  resolve?: (text: string) => string | undefined;
  onBlur?: () => void;
  errors?: readonly string[];
  warnings?: readonly string[];
  hint?: ComponentChildren;
  required?: boolean;
  placeholder?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

export function Combobox(props: ComboboxProps) {
  const { id, label, labelEn, value, onChange, options, resolve, onBlur, hint, required, placeholder, disabled, inputRef } = props;
  const errors = props.errors ?? [];
  const warnings = props.warnings ?? [];
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  const ownInput = useRef<HTMLInputElement | null>(null);

  const shown = open ? options(filter) : [];
  const activeIndex = active >= 0 && active < shown.length ? active : -1;
  const listboxId = `${id}-listbox`;
  const optionId = (i: number): string => `${id}-opt-${i}`;

  useEffect(() => {
    if (activeIndex < 0) return;
    const el = listRef.current?.children[activeIndex];
    // Not every DOM (tests) implements scrollIntoView.
    if (el !== undefined && typeof el.scrollIntoView === 'function') el.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, open]);

  const close = (): void => {
    setOpen(false);
    setActive(-1);
  };

  /** Opens on the whole list with the current value highlighted, or filtered by free text. */
  const openList = (toEnd = false): void => {
    const all = options('');
    const current = all.findIndex((o) => o.value === value);
    const query = value === '' || current >= 0 ? '' : value;
    const list = query === '' ? all : options(query);
    setFilter(query);
    setOpen(true);
    setActive(query === '' && current >= 0 ? current : toEnd ? list.length - 1 : 0);
  };

  const choose = (option: ComboOption): void => {
    onChange(option.value);
    close();
  };

  const onKeyDown = (e: KeyboardEvent): void => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open || e.altKey) openList();
        else setActive(shown.length === 0 ? -1 : (activeIndex + 1) % shown.length);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) openList(true);
        else setActive(shown.length === 0 ? -1 : activeIndex <= 0 ? shown.length - 1 : activeIndex - 1);
        break;
      case 'Enter': {
        const option = activeIndex >= 0 ? shown[activeIndex] : undefined;
        if (open && option !== undefined) {
          // Picking from the list must not also submit the form.
          e.preventDefault();
          choose(option);
        } else if (open) {
          close();
        }
        break;
      }
      case 'Escape':
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
        break;
      case 'Tab':
        close();
        break;
      default:
        break;
    }
  };

  const onBlurInput = (): void => {
    close();
    if (resolve !== undefined && value.trim() !== '') {
      const official = resolve(value);
      if (official !== undefined && official !== value) onChange(official);
    }
    onBlur?.();
  };

  const setRefs = (el: HTMLInputElement | null): void => {
    ownInput.current = el;
    if (typeof inputRef === 'function') inputRef(el);
    else if (inputRef) inputRef.current = el;
  };

  const hasHint = hint !== undefined && hint !== null && hint !== '';
  return (
    <div class="field">
      <FieldLabel htmlFor={id} label={label} labelEn={labelEn} required={required} hint={hint} hintId={`${id}-hint`} />
      <div class="combo">
        <input
          id={id}
          ref={setRefs}
          type="text"
          role="combobox"
          autoComplete="off"
          value={value}
          placeholder={placeholder}
          disabled={disabled}
          aria-autocomplete="list"
          aria-expanded={open && shown.length > 0 ? 'true' : 'false'}
          aria-controls={listboxId}
          aria-activedescendant={open && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-required={required === true ? 'true' : undefined}
          aria-invalid={errors.length > 0 ? 'true' : undefined}
          aria-describedby={describedBy(id, hasHint, errors.length + warnings.length > 0)}
          onInput={(e) => {
            const text = e.currentTarget.value;
            onChange(text);
            setFilter(text);
            setOpen(true);
            setActive(text.trim() === '' ? -1 : 0);
          }}
          onKeyDown={onKeyDown}
          onClick={() => {
            if (!open) openList();
          }}
          onBlur={onBlurInput}
        />
        <button
          type="button"
          class="combo-toggle"
          tabIndex={-1}
          aria-label={`Mở danh sách: ${label}`}
          disabled={disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            ownInput.current?.focus();
            if (open) close();
            else openList();
          }}
        >
          <span aria-hidden="true">▾</span>
        </button>
        <ul id={listboxId} ref={listRef} role="listbox" aria-label={label} class="combo-list" hidden={!open || shown.length === 0}>
          {shown.map((option, i) => (
            <li
              key={`${option.value}-${i}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex ? 'true' : 'false'}
              class={i === activeIndex ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              {option.value}
              {option.detail !== undefined && <span class="detail"> — {option.detail}</span>}
            </li>
          ))}
        </ul>
      </div>
      <FieldMessages id={`${id}-msg`} errors={errors} warnings={warnings} />
    </div>
  );
}
