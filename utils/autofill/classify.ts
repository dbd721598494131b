/**
 * What a field asks for and whose data it wants, scored from the evidence with the pattern table.
 *
 * Scoring: the label (or aria-label) counts 3, the text before an unlabelled field and the placeholder 2, the key 2.
 * A negative pattern on any of them vetoes the type. Two unrelated types scoring alike make the field "unsure".
 */
import {
  ADDRESS_KIND_PATTERNS, BIRTH_DEATH_PAGE, CONTACT_PATTERNS, DATE_PART_PATTERNS, GENDER_OPTIONS, NEVER_PATTERNS,
  OTHER_KEY_PREFIX, OTHER_KEY_WHO, OTHER_PATTERNS, RELATIVE_PATTERNS, SELF_PATTERNS, SUBMITTER_IS_OWNER, TYPE_PATTERNS,
  UNKNOWN_PATTERNS,
} from './patterns';
import type {
  AddressKind, Classification, Confidence, Control, ControlKind, DatePart, Evidence, FieldType, Subject,
} from './types';
import { isInput } from './dom';

/** Facts about the whole page that change how single fields read. */
export interface PageContext {
  /** A birth or death registration: parents and unmarked people there are not the profile's. */
  birthDeath: boolean;
  /** State of the portal's "Người nộp là chủ hồ sơ" box, when the page has one. */
  submitterIsOwner: boolean | undefined;
}

const OPTION_KINDS: ReadonlySet<ControlKind> = new Set([
  'native-select', 'radio-group', 'antd-select', 'formio-choices', 'aria-combobox',
]);
const ADDRESS_PARTS: ReadonlySet<FieldType> = new Set(['street', 'province', 'district', 'commune']);
const DATE_TYPES: ReadonlySet<FieldType> = new Set(['birthDate', 'idIssueDate']);

interface Source {
  text: string;
  weight: number;
  isKey: boolean;
}

function sourcesOf(ev: Evidence): Source[] {
  const hasLabel = ev.labelFolded !== '' || ev.ariaFolded !== '';
  const list: Source[] = [
    { text: ev.labelFolded, weight: 3, isKey: false },
    { text: ev.ariaFolded, weight: 3, isKey: false },
    { text: hasLabel ? '' : ev.contextFolded, weight: 2, isKey: false },
    { text: ev.placeholderFolded, weight: 2, isKey: false },
    ...ev.keysFolded.map((text) => ({ text, weight: 2, isKey: true })),
  ];
  return list.filter((s) => s.text !== '');
}

function allowed(type: FieldType, kind: ControlKind, part: DatePart | undefined, optionsOnly?: boolean): boolean {
  if (kind === 'checkbox') return type === 'submitterIsOwner';
  if (type === 'submitterIsOwner') return false;
  if (optionsOnly && !OPTION_KINDS.has(kind)) return false;
  if ((kind === 'date-input' || kind === 'antd-date' || kind === 'formio-date' || part) && !DATE_TYPES.has(type)) {
    return false;
  }
  return true;
}

/** A split date part: a short field (select, number, at most 4 characters) named "Ngày" / "Tháng" / "Năm". */
function datePartOf(control: Control, ev: Evidence): DatePart | undefined {
  if (control.part) return control.part;
  const short = OPTION_KINDS.has(control.kind) || ev.inputType === 'number' || (ev.maxLength > 0 && ev.maxLength <= 4);
  if (!short) return undefined;
  for (const text of [ev.labelFolded, ev.ariaFolded, ev.placeholderFolded, ...ev.keysFolded]) {
    const hit = DATE_PART_PATTERNS.find((p) => p.re.test(text));
    if (hit) return hit.part;
  }
  return undefined;
}

function scoreTypes(control: Control, ev: Evidence, part: DatePart | undefined): Map<FieldType, number> {
  const sources = sourcesOf(ev);
  // A date part's own label is just "Ngày"/"Tháng"/"Năm": the meaning is in the text before or the section.
  if (part && !control.part) {
    sources.push({ text: ev.contextFolded, weight: 2, isKey: false });
    if (ev.sections[0]) sources.push({ text: ev.sections[0], weight: 2, isKey: false });
  }
  const scores = new Map<FieldType, number>();
  for (const p of TYPE_PATTERNS) {
    if (!allowed(p.type, control.kind, part, p.optionsOnly)) continue;
    if (p.no && sources.some((s) => p.no?.test(s.text))) continue;
    let score = 0;
    let keyScore = 0;
    for (const s of sources) {
      if (!p.yes.test(s.text)) continue;
      if (s.isKey) keyScore = s.weight;
      else score += s.weight;
    }
    score += keyScore;
    if (score > 0) scores.set(p.type, score);
  }
  if (ev.inputType === 'email' && allowed('email', control.kind, part)) {
    scores.set('email', (scores.get('email') ?? 0) + 3);
  }
  if (ev.inputType === 'tel' && allowed('phone', control.kind, part)) {
    scores.set('phone', (scores.get('phone') ?? 0) + 2);
  }
  const opts = ev.options.filter((o) => o !== '');
  if (opts.length >= 2 && opts.every((o) => GENDER_OPTIONS.test(o)) && opts.includes('nam') && opts.includes('nu')) {
    scores.set('gender', (scores.get('gender') ?? 0) + 2);
  }
  // "Địa chỉ chi tiết", "Nơi thường trú - Tỉnh/thành": the part is what the field asks, not the whole address.
  if ([...scores.keys()].some((t) => ADDRESS_PARTS.has(t))) scores.delete('address');
  return scores;
}

function pickType(scores: Map<FieldType, number>): { type: FieldType | null; confidence: Confidence } {
  const ranked = TYPE_PATTERNS.map((p) => p.type)
    .filter((t) => scores.has(t))
    .sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  const [best, second] = ranked;
  if (!best) return { type: null, confidence: 'low' };
  const top = scores.get(best) ?? 0;
  const next = second ? (scores.get(second) ?? 0) : 0;
  if (next >= top) return { type: best, confidence: 'low' };
  return { type: best, confidence: top >= 3 && next === 0 ? 'high' : 'medium' };
}

function neverReason(ev: Evidence): string | undefined {
  const texts = [ev.labelFolded, ev.ariaFolded, ...ev.keysFolded];
  if (ev.labelFolded === '') texts.push(ev.placeholderFolded, ev.contextFolded);
  for (const [re, reason] of NEVER_PATTERNS) if (texts.some((t) => re.test(t))) return reason;
  return undefined;
}

function addressKindOf(own: readonly string[], sections: readonly string[]): AddressKind {
  for (const text of [...own, ...sections]) {
    const hit = ADDRESS_KIND_PATTERNS.find((p) => p.re.test(text));
    if (hit) return hit.kind;
  }
  return 'unspecified';
}

const RELATIVE_NAMES: Record<string, string> = { father: 'cha', mother: 'mẹ', spouse: 'vợ/chồng' };

interface SubjectResult {
  subject: Subject;
  why: string;
  role: string;
}

/** Reads one text for whose data it is about; undefined when it says nothing about that. */
function subjectIn(text: string): SubjectResult | undefined {
  for (const [re, who] of OTHER_PATTERNS) if (re.test(text)) return { subject: 'other', why: who, role: '' };
  if (UNKNOWN_PATTERNS.test(text)) return { subject: 'unknown', why: 'người khác hoặc chưa rõ', role: '' };
  const relatives = RELATIVE_PATTERNS.filter((r) => r.re.test(text));
  const only = relatives.length === 1 ? relatives[0] : undefined;
  if (only) return { subject: only.subject, why: RELATIVE_NAMES[only.subject] ?? '', role: '' };
  if (relatives.length > 1) return { subject: 'unknown', why: 'nhiều người thân', role: '' };
  const self = SELF_PATTERNS.exec(text);
  if (self) return { subject: 'self', why: self[0], role: self[0] };
  return undefined;
}

function subjectOf(ev: Evidence, ctx: PageContext): SubjectResult {
  const own = [ev.labelFolded, ev.ariaFolded, ev.placeholderFolded, ev.labelFolded ? '' : ev.contextFolded];
  let found: SubjectResult | undefined;
  // `meHoTen`, `chaNgaySinh`: the birth-registration interconnect's parents of the child.
  for (const key of ev.keysFolded) {
    const prefix = OTHER_KEY_PREFIX.exec(key)?.[1];
    if (prefix) {
      found = { subject: 'other', why: OTHER_KEY_WHO[prefix] ?? 'người khác', role: '' };
      break;
    }
  }
  for (const text of [...own, ...ev.keysFolded]) {
    if (found) break;
    if (text !== '') found = subjectIn(text);
  }
  for (const text of ev.sections) {
    if (found) break;
    found = subjectIn(text);
  }
  found ??= ctx.birthDeath
    ? { subject: 'unknown', why: 'tờ khai về người khác', role: '' }
    : { subject: 'self', why: 'mặc định', role: '' };
  const isRelative = found.subject === 'father' || found.subject === 'mother' || found.subject === 'spouse';
  if (isRelative && ctx.birthDeath) return { subject: 'other', why: 'cha/mẹ của người được khai sinh', role: '' };
  if (found.subject === 'self' && ctx.submitterIsOwner === false && CONTACT_PATTERNS.test(found.role)) {
    return { subject: 'unknown', why: 'người liên hệ là tài khoản đăng nhập', role: found.role };
  }
  return found;
}

function isYearOnly(control: Control, ev: Evidence): boolean {
  const texts = [ev.labelFolded, ev.placeholderFolded, ...ev.keysFolded];
  if (texts.some((t) => /\bnam ?sinh\b/.test(t) && !/\bngay\b/.test(t))) return true;
  const el = control.element;
  return isInput(el) && (el.maxLength === 4 || (el.type === 'number' && Number(el.max) > 1900 && Number(el.max) < 2200));
}

/** Facts about the page, read from every control's evidence. */
export function readPageContext(items: readonly { control: Control; evidence: Evidence }[]): PageContext {
  let birthDeath = false;
  let submitterIsOwner: boolean | undefined;
  for (const { control, evidence: ev } of items) {
    const texts = [ev.labelFolded, ...ev.keysFolded, ...ev.sections];
    if (!birthDeath && texts.some((t) => BIRTH_DEATH_PAGE.test(t))) birthDeath = true;
    if (control.kind === 'checkbox' && SUBMITTER_IS_OWNER.test(ev.labelFolded)) {
      submitterIsOwner = (control.element as HTMLInputElement).checked;
    }
  }
  return { birthDeath, submitterIsOwner };
}

export function classify(control: Control, ev: Evidence, ctx: PageContext): Classification {
  const never = neverReason(ev);
  if (never) {
    return { fieldType: null, subject: 'unknown', confidence: 'high', never, reasons: [never], role: '' };
  }
  const part = datePartOf(control, ev);
  const { type, confidence } = pickType(scoreTypes(control, ev, part));
  const who = subjectOf(ev, ctx);
  const result: Classification = {
    fieldType: type,
    subject: type === 'submitterIsOwner' ? 'self' : who.subject,
    confidence,
    reasons: [who.why],
    role: who.role,
  };
  if (type === 'birthDate' || type === 'idIssueDate') {
    const datePart = part ?? (type === 'birthDate' && isYearOnly(control, ev) ? 'year' : undefined);
    if (datePart) result.datePart = datePart;
  }
  if (type === 'address' || (type && ADDRESS_PARTS.has(type))) {
    const own = [ev.labelFolded, ev.ariaFolded, ev.placeholderFolded, ev.labelFolded ? '' : ev.contextFolded, ...ev.keysFolded];
    result.addressKind = addressKindOf(own, ev.sections);
  }
  return result;
}
