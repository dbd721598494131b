/**
 * The plan: for every control, fill it with the profile's value or leave it alone and say why. A wrong value in a
 * government form is worse than an empty one, so anything unsure, someone else's, or already filled is left alone.
 */
import type { Profile } from '../profile/schema';
import { classify, readPageContext } from './classify';
import { gatherEvidence, LabelIndex } from './evidence';
import { readValue } from './read';
import { SectionFinder } from './sections';
import { sameValue, shapeValue } from './shape';
import type { Classification, Control, Evidence, FieldType, Plan, PlanEntry, PlanOptions } from './types';
import { answerFor } from './values';

const LEVEL: Partial<Record<FieldType, number>> = { province: 0, district: 1, commune: 2, street: 3 };


function groupOf(c: Classification, ev: Evidence): string | undefined {
  if (!c.fieldType || LEVEL[c.fieldType] === undefined) return undefined;
  return `${c.subject}|${c.addressKind ?? ''}|${ev.sectionKey}|${c.role}`;
}

function mayOverwrite(opts: PlanOptions, el: Element): boolean {
  const o = opts.overwrite;
  return o === true || (typeof o === 'object' && o.has(el));
}

function skip(entry: PlanEntry, code: PlanEntry['code'], reason: string): PlanEntry {
  entry.action = 'skip';
  entry.code = code;
  entry.reason = reason;
  return entry;
}

function planOne(
  control: Control, evidence: Evidence, c: Classification, profile: Profile, threeLevel: boolean, opts: PlanOptions,
): PlanEntry {
  const existing = readValue(control);
  const entry: PlanEntry = {
    control, evidence, classification: c, action: 'skip', code: 'unsure', display: '', existing, differs: false, reason: '',
  };
  const group = groupOf(c, evidence);
  if (group !== undefined) {
    entry.group = group;
    entry.level = LEVEL[c.fieldType as FieldType];
  }
  if (c.never) return skip(entry, 'never', c.never);
  if (c.fieldType === 'submitterIsOwner') return skip(entry, 'never', 'Ô đánh dấu của Cổng: không tự thay đổi');
  if (!c.fieldType || c.confidence === 'low') return skip(entry, 'unsure', 'Không chắc trường này hỏi gì');
  if (c.subject === 'other') return skip(entry, 'other-person', `Thuộc người khác (${c.reasons[0] ?? ''})`);
  if (c.subject === 'unknown') return skip(entry, 'unsure', `Không rõ là thông tin của ai (${c.reasons[0] ?? ''})`);

  const answer = answerFor(c, profile, threeLevel);
  if ('missing' in answer) {
    const isRelative = c.subject === 'father' || c.subject === 'mother' || c.subject === 'spouse';
    return skip(entry, 'no-data', isRelative ? `${answer.missing} (${c.reasons[0] ?? ''})` : answer.missing);
  }
  const shaped = shapeValue(control, c, answer.raw);
  if ('error' in shaped) return skip(entry, 'unsure', shaped.error);
  entry.value = shaped.value;
  entry.display = shaped.display;

  if (existing !== '') {
    if (sameValue(existing, c, answer.raw, shaped.value)) return skip(entry, 'same', 'Đã có giá trị giống hồ sơ');
    entry.differs = true;
    if (!mayOverwrite(opts, control.element)) {
      return skip(entry, 'differs', `Đã có giá trị khác từ Cổng (giữ nguyên): hồ sơ ghi "${shaped.display}"`);
    }
  }
  if (control.locked && !(entry.level !== undefined && entry.level > 0)) {
    return skip(entry, 'locked', 'Trường đang bị khóa');
  }
  entry.action = 'fill';
  entry.code = 'fill';
  const note = answer.raw.note;
  entry.reason = entry.differs ? 'Thay giá trị cũ theo yêu cầu' : note ? `Điền từ hồ sơ (${note})` : 'Điền từ hồ sơ';
  return entry;
}

/**
 * A lower address level follows its parent: a district is chosen only under the profile's province. When a level is
 * kept with another value, left empty or unsure, the pickers under it are left alone; the street too if it differs.
 * When the user has a level replaced, the levels under it are replaced too (the portal resets them anyway).
 */
function applyCascades(entries: PlanEntry[]): void {
  const groups = new Map<string, PlanEntry[]>();
  for (const e of entries) {
    if (e.group === undefined) continue;
    const list = groups.get(e.group) ?? [];
    list.push(e);
    groups.set(e.group, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
    let blockedBy: PlanEntry | undefined;
    let differs = false;
    let replacing = false;
    for (const e of list) {
      const isStreet = e.level === 3;
      if (replacing && e.code === 'differs' && e.value) {
        e.action = 'fill';
        e.code = 'fill';
        e.reason = 'Thay theo cấp trên vừa thay';
      }
      const blocks = isStreet ? differs : blockedBy !== undefined;
      if (blocks && e.action === 'fill') {
        skip(e, 'cascade', `Bỏ qua vì ô "${blockedBy?.evidence.label ?? ''}" không theo hồ sơ: tránh địa chỉ lẫn lộn`);
      }
      if (e.action === 'fill' && e.differs) replacing = true;
      if (!isStreet && e.code !== 'fill' && e.code !== 'same') {
        blockedBy ??= e;
        if (e.code === 'differs') differs = true;
      }
    }
  }
}

/** Fill order: document order, except that within an address group parents come before children. */
function fillOrder(entries: readonly PlanEntry[]): PlanEntry[] {
  const order = entries.filter((e) => e.action === 'fill');
  const byGroup = new Map<string, number[]>();
  order.forEach((e, i) => {
    if (e.group === undefined) return;
    byGroup.set(e.group, [...(byGroup.get(e.group) ?? []), i]);
  });
  for (const positions of byGroup.values()) {
    const sorted = positions.map((i) => order[i] as PlanEntry).sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
    positions.forEach((pos, k) => {
      order[pos] = sorted[k] as PlanEntry;
    });
  }
  return order;
}

/** Plans the fill of `controls` (from collectControls) with `profile`. Reads the page; changes nothing. */
export function planFill(controls: readonly Control[], profile: Profile, opts: PlanOptions = {}): Plan {
  const reading = { sections: new SectionFinder(), labels: new LabelIndex() };
  const items = controls.map((control) => ({ control, evidence: gatherEvidence(control, reading) }));
  const ctx = readPageContext(items);
  const classified = items.map((i) => ({ ...i, c: classify(i.control, i.evidence, ctx) }));
  const threeLevel = new Set<string>();
  const withPickers = new Set<string>();
  for (const { c, evidence } of classified) {
    const group = groupOf(c, evidence);
    if (group === undefined || c.fieldType === 'street') continue;
    withPickers.add(group);
    if (c.fieldType === 'district') threeLevel.add(group);
  }
  // "Nơi tạm trú" next to its own Tỉnh / Huyện / Xã fields asks for the rest of the address: the street part.
  for (const { c, evidence } of classified) {
    if (c.fieldType !== 'address') continue;
    const asStreet = { ...c, fieldType: 'street' as const };
    if (withPickers.has(groupOf(asStreet, evidence) ?? '')) {
      c.fieldType = 'street';
      c.reasons.push('phần chi tiết, bên cạnh các ô tỉnh/xã');
    }
  }
  const entries = classified.map(({ control, evidence, c }) => {
    const group = groupOf(c, evidence);
    return planOne(control, evidence, c, profile, group !== undefined && threeLevel.has(group), opts);
  });
  applyCascades(entries);
  return { entries, order: fillOrder(entries) };
}
