/** A small set of choices as radio buttons in a fieldset (arrow keys move between them, as the platform does). */
import { FieldMessages } from './FieldMessages';
import { Group } from './Group';

export interface RadioChoice<T extends string> {
  value: T;
  label: string;
}

export interface RadioGroupProps<T extends string> {
  id: string;
  legend: string;
  legendEn?: string;
  name: string;
  value: T | '';
  choices: readonly RadioChoice<T>[];
  onChange: (value: T) => void;
  errors?: readonly string[];
  warnings?: readonly string[];
}

export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const { id, legend, legendEn, name, value, choices, onChange } = props;
  const errors = props.errors ?? [];
  const warnings = props.warnings ?? [];
  const hasMessages = errors.length + warnings.length > 0;
  return (
    <Group id={id} class="field radios" legend={legend} legendEn={legendEn} describedBy={hasMessages ? `${id}-msg` : undefined}>
      <div class="radio-row">
        {choices.map((c) => (
          <label key={c.value} class="choice">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              aria-invalid={errors.length > 0 ? 'true' : undefined}
              onChange={() => onChange(c.value)}
            />{' '}
            {c.label}
          </label>
        ))}
      </div>
      <FieldMessages id={`${id}-msg`} errors={errors} warnings={warnings} />
    </Group>
  );
}
