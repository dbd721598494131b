// Compact builders for Form.io component JSON (formiojs 4 schema). Keys are the e-form data keys (FACTS §6).
export type Component = Record<string, unknown>;
interface Options {
  required?: boolean;
  extra?: Component;
}

const base = (type: string, key: string, label: string, o: Options = {}): Component => ({
  type,
  key,
  label,
  input: true,
  tableView: true,
  validate: { required: Boolean(o.required) },
  ...o.extra,
});

export const text = (key: string, label: string, o?: Options) => base('textfield', key, label, o);
export const textarea = (key: string, label: string, o?: Options) => base('textarea', key, label, { ...o, extra: { rows: 2, autoExpand: false, ...o?.extra } });
export const email = (key: string, label: string, o?: Options) => base('email', key, label, o);
export const number = (key: string, label: string, o?: Options) =>
  base('number', key, label, { ...o, extra: { mask: false, delimiter: false, requireDecimal: false, ...o?.extra } });

/** phoneNumber without an input mask: Vietnamese numbers are 10 (mobile) or 11 (landline) digits. */
export const phone = (key: string, label: string, o?: Options) =>
  base('phoneNumber', key, label, {
    ...o,
    extra: {
      inputMask: '',
      validate: { required: Boolean(o?.required), pattern: '^0[0-9]{9,10}$', customMessage: 'Số điện thoại không hợp lệ' },
      ...o?.extra,
    },
  });

/** datetime with flatpickr, shown as dd/MM/yyyy (FACTS §6: LLTP NgaySinh). */
export const date = (key: string, label: string, o?: Options) =>
  base('datetime', key, label, {
    ...o,
    extra: {
      format: 'dd/MM/yyyy',
      enableTime: false,
      enableDate: true,
      datePicker: { disableWeekends: false, disableWeekdays: false },
      widget: {
        type: 'calendar',
        displayInTimezone: 'viewer',
        locale: 'en',
        useLocaleSettings: false,
        allowInput: true,
        mode: 'single',
        enableTime: false,
        noCalendar: false,
        format: 'dd/MM/yyyy',
        hourIncrement: 1,
        minuteIncrement: 1,
        time_24hr: true,
        minDate: null,
        maxDate: null,
        disableWeekends: false,
        disableWeekdays: false,
      },
      placeholder: 'dd/mm/yyyy',
      ...o?.extra,
    },
  });

/** day: split day / month (select) / year inputs. */
export const day = (key: string, label: string, o?: Options) =>
  base('day', key, label, {
    ...o,
    extra: {
      dayFirst: true,
      hideInputLabels: false,
      inputsLabelPosition: 'top',
      fields: {
        day: { type: 'number', placeholder: 'Ngày', required: Boolean(o?.required) },
        month: { type: 'select', placeholder: 'Tháng', required: Boolean(o?.required) },
        year: { type: 'number', placeholder: 'Năm', required: Boolean(o?.required) },
      },
      ...o?.extra,
    },
  });

/** select rendered by Choices.js (Form.io's fork), with search. */
export const select = (key: string, label: string, options: { label: string; value: string }[], o?: Options) =>
  base('select', key, label, {
    ...o,
    extra: { widget: 'choicesjs', dataSrc: 'values', data: { values: options }, searchEnabled: true, placeholder: '-- Chọn --', ...o?.extra },
  });

export const radio = (key: string, label: string, options: { label: string; value: string }[], o?: Options) =>
  base('radio', key, label, { ...o, extra: { inline: true, values: options, ...o?.extra } });

export const panel = (key: string, title: string, components: Component[]): Component => ({
  type: 'panel',
  key,
  title,
  input: false,
  tableView: false,
  theme: 'default',
  components,
});

/** Two or three components side by side. */
export const row = (key: string, ...items: Component[]): Component => ({
  type: 'columns',
  key,
  input: false,
  tableView: false,
  columns: items.map((item) => ({ components: [item], width: Math.floor(12 / items.length), offset: 0, push: 0, pull: 0, size: 'md' })),
});
