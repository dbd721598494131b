/**
 * The shared vocabulary of the autofill engine: what a control is, what it asks for, whose data it wants,
 * what we plan to put in it and what happened when we tried.
 */

/** How a control is driven. Each kind has one driver in `fill/`. */
export type ControlKind =
  | 'text' // <input type=text|tel|email|number|url|…> that takes typed text
  | 'textarea'
  | 'date-input' // <input type=date>: value is ISO
  | 'native-select'
  | 'radio-group' // one control for all radios of a group
  | 'checkbox'
  | 'antd-select'
  | 'antd-date'
  | 'formio-choices' // Form.io select rendered by Choices.js
  | 'formio-date' // Form.io datetime: flatpickr's visible input
  | 'formio-day-part' // one of Form.io "day" component's day / month / year inputs
  | 'aria-combobox'; // any other role=combobox (Angular Material mat-select, MUI Autocomplete…)

export type DatePart = 'day' | 'month' | 'year';

export interface Control {
  readonly kind: ControlKind;
  /**
   * The element that carries the field's identity (id, name, label `for=`) and receives typed text:
   * the <input>, <textarea> or <select>; antd Select's search input; Choices' hidden <select>; the first radio.
   */
  readonly element: HTMLElement;
  /** The widget's outer element (antd `.ant-select`, `.choices`, the radio group container), or `element`. */
  readonly host: HTMLElement;
  /** Radio group members in document order. */
  readonly radios?: readonly HTMLInputElement[];
  /** Form.io day component part. */
  readonly part?: DatePart;
  /** An antd Select that is disabled for now (a cascade child waiting for its parent). */
  readonly locked?: boolean;
  /** Position in document order, stable for one collection. */
  readonly index: number;
}

export type FieldType =
  | 'fullName'
  | 'birthDate'
  | 'gender'
  | 'idNumber'
  | 'oldIdNumber'
  | 'idType'
  | 'idIssueDate'
  | 'idIssuePlace'
  | 'phone'
  | 'email'
  | 'ethnicity'
  | 'religion'
  | 'nationality'
  | 'occupation'
  | 'placeOfBirth'
  | 'hometown'
  | 'address' // a whole address in one text field
  | 'province'
  | 'district'
  | 'commune'
  | 'street'
  /** "Người nộp là chủ hồ sơ": never toggled, but its state tells whose the contact section is. */
  | 'submitterIsOwner';

/** Whose data a field wants. 'other' = a named other person; 'unknown' = we cannot tell. */
export type Subject = 'self' | 'father' | 'mother' | 'spouse' | 'other' | 'unknown';

/** Which of the profile's addresses an address field wants. 'unspecified' = the portal's plain "address". */
export type AddressKind = 'permanent' | 'current' | 'temporary' | 'unspecified';

export type Confidence = 'high' | 'medium' | 'low';

/** What a person would read to understand a field. Texts ending in `Folded` are folded and cleaned for matching. */
export interface Evidence {
  /** The field's own label as shown (NFC, tidy), for the panel. May be empty. */
  label: string;
  labelFolded: string;
  placeholderFolded: string;
  /** aria-label and title. */
  ariaFolded: string;
  /** Text before the control: the previous table cell or the text just before it (a label when there is none). */
  contextFolded: string;
  /** name / id / Form.io key / formcontrolname, each split into words and folded: "so giay to chu ho so". */
  keysFolded: readonly string[];
  /** The raw keys as found. */
  keys: readonly string[];
  /** Section headings, nearest first, folded. */
  sections: readonly string[];
  /** Identity of the nearest section heading ('' when none), to tell the contact's address from the owner's. */
  sectionKey: string;
  /** The nearest section heading as shown, for the report. */
  sectionTitle?: string;
  /** Option texts of selects and radio groups, folded. */
  options: readonly string[];
  /** `type` attribute of inputs ('' otherwise). */
  inputType: string;
  maxLength: number;
}

export interface Classification {
  fieldType: FieldType | null;
  subject: Subject;
  confidence: Confidence;
  addressKind?: AddressKind;
  datePart?: DatePart;
  /** A field we recognise and must never fill (search box, captcha, login, dossier code…). */
  never?: string;
  /** Why, in short Vietnamese phrases, for the panel and for debugging. */
  reasons: string[];
  /** The role phrase that made the field the profile's ("nguoi uy quyen", "chu ho so"), to group address parts. */
  role: string;
}

/** How to choose an option for option-based widgets. */
export interface OptionWant {
  /** Acceptable labels, best first (NFC). */
  labels: readonly string[];
  /** 'text': loose folded equality; 'place': unit names with prefixes; 'number': day / month parts. */
  mode: 'text' | 'place' | 'number';
  level?: 'province' | 'district' | 'commune';
  /** Last resort for text mode: the one option containing one of these folded words ("can cuoc", "cccd"). */
  contains?: readonly string[];
}

export interface FillValue {
  /** Text to type; for option widgets the label we expect to choose. */
  text: string;
  /** Other spellings of a typed date to try when the widget rejects the first (antd's default is ISO). */
  alternatives?: readonly string[];
  option?: OptionWant;
}

/** Why a control is left alone. 'fill' when it is not. */
export type PlanCode =
  | 'fill'
  | 'same' // already holds the profile's value
  | 'differs' // holds another value: kept, and the panel says so
  | 'other-person'
  | 'no-data' // the profile lacks this
  | 'unsure' // we cannot tell what it asks or whose it is
  | 'never' // search box, captcha, login, the owner checkbox…
  | 'locked' // disabled and not a cascade child we can wait for
  | 'cascade'; // its parent level is not ours (kept different, or unfilled)

export interface PlanEntry {
  readonly control: Control;
  readonly evidence: Evidence;
  readonly classification: Classification;
  action: 'fill' | 'skip';
  code: PlanCode;
  value?: FillValue;
  /** The value as the panel shows it ("17/05/1990", "Tỉnh Thanh Hóa"). */
  display: string;
  /** What the field holds now, as shown ('' when empty). */
  existing: string;
  /** The field holds something other than the profile's value. */
  differs: boolean;
  /** Vietnamese, one line. */
  reason: string;
  /** Address cascade: group id and level (0 province, 1 district, 2 commune, 3 street). */
  group?: string;
  level?: number;
}

export interface Plan {
  entries: PlanEntry[];
  /** Entries to fill, in the order to fill them (cascades parent first). */
  order: PlanEntry[];
}

export interface PlanOptions {
  /**
   * Replace values already in fields (only when the user asked): true for all, or the set of elements to replace.
   */
  overwrite?: boolean | ReadonlySet<Element>;
}

/** What a control held before we touched it, so undo can put it back. */
export interface Snapshot {
  /** What the field showed: text, chosen option label, checked radio's label ('' when empty). */
  value: string;
  /** Native selects: the selected index; radio groups: the checked radio's index (-1 for none). */
  index?: number;
}

export interface Outcome {
  entry: PlanEntry;
  status: 'filled' | 'failed' | 'skipped';
  reason: string;
  previous?: Snapshot;
  /** What the field shows after filling. */
  shown?: string;
}

export interface Timings {
  totalMs: number;
  /** Time spent waiting for the portal (option loading, cascades enabling, widgets settling). */
  waitMs: number;
  /** totalMs - waitMs: our own work. */
  workMs: number;
}

export interface FillReport {
  outcomes: Outcome[];
  filled: Outcome[];
  failed: Outcome[];
  skipped: Outcome[];
  /** Skipped because the field already held another value. */
  differences: PlanEntry[];
  timings: Timings;
  aborted: boolean;
}

export interface UndoReport {
  restored: Outcome[];
  failed: { outcome: Outcome; reason: string }[];
}
