/**
 * Ethnic group, religion and nationality checked against the official label lists (warnings only: lists differ
 * between forms). Matching follows the reference rule: fold, drop a parenthesised part, hyphens, apostrophes and
 * spaces, so "Khơ me" = "Khơ-me", "Kinh (Việt)" = "Kinh", "H'mông (Mèo)" = "H'Mông"; religions also drop "Đạo ".
 */
import { fold } from '../../text';
import { issue } from '../issue';
import type { Issue, ValidationResult } from '../issue';
import {
  ETHNIC_GROUPS, ETHNIC_LABEL_VARIANTS, ETHNIC_SPECIAL_OPTIONS, RELIGION_EXTRA_OPTIONS, RELIGIONS,
} from '../reference/ethnic-religion';

export function labelKey(text: string): string {
  return fold(text).replace(/\([^)]*\)/g, '').replace(/[\s'’‘\-]/g, '');
}

function religionKey(text: string): string {
  return labelKey(fold(text).replace(/^dao /, ''));
}

const ETHNIC_BY_KEY = new Map<string, string>();
for (const label of [...ETHNIC_GROUPS, ...ETHNIC_SPECIAL_OPTIONS]) ETHNIC_BY_KEY.set(labelKey(label), label);
for (const [label, variants] of Object.entries(ETHNIC_LABEL_VARIANTS)) {
  for (const v of variants) ETHNIC_BY_KEY.set(labelKey(v), label);
}
const RELIGION_BY_KEY = new Map<string, string>();
for (const label of [...RELIGIONS, ...RELIGION_EXTRA_OPTIONS]) RELIGION_BY_KEY.set(religionKey(label), label);

/** The official label for a typed ethnic group ("kinh (viet)" → "Kinh"), or undefined. */
export function canonicalEthnicity(text: string): string | undefined {
  return ETHNIC_BY_KEY.get(labelKey(text));
}

/** The official label for a typed religion ("Đạo Công giáo" → "Công giáo", "Hòa Hảo" spelling variants), or undefined. */
export function canonicalReligion(text: string): string | undefined {
  return RELIGION_BY_KEY.get(religionKey(text));
}

const VIETNAM_KEYS = new Set(['vietnam', 'congnghoaxahoichunghiavietnam']);

export function checkLists(values: { ethnicity?: string | undefined; religion?: string | undefined; nationality?: string | undefined }): ValidationResult {
  const warnings: Issue[] = [];
  const { ethnicity, religion, nationality } = values;
  if (ethnicity !== undefined && ethnicity.trim() !== '') {
    if (VIETNAM_KEYS.has(labelKey(ethnicity))) {
      warnings.push(issue('ethnicity', 'ethnicity.isNationality',
        `"${ethnicity}" là quốc tịch, không phải dân tộc. Người Việt đa số thuộc dân tộc Kinh.`,
        `"${ethnicity}" is a nationality, not an ethnic group. Most Vietnamese are Kinh.`));
    } else if (canonicalEthnicity(ethnicity) === undefined) {
      warnings.push(issue('ethnicity', 'ethnicity.unknown',
        `Dân tộc "${ethnicity}" không có trong danh sách 54 dân tộc. Hãy chọn trong danh sách.`,
        `"${ethnicity}" is not among the 54 ethnic groups. Please pick from the list.`));
    }
  }
  if (religion !== undefined && religion.trim() !== '' && canonicalReligion(religion) === undefined) {
    warnings.push(issue('religion', 'religion.unknown',
      `Tôn giáo "${religion}" không có trong danh sách (QCVN 109). Nếu không theo tôn giáo nào, hãy chọn "Không".`,
      `"${religion}" is not on the religion list (QCVN 109). Choose "Không" for none.`));
  }
  if (nationality !== undefined && canonicalEthnicity(nationality) === 'Kinh') {
    warnings.push(issue('nationality', 'nationality.isEthnicity',
      `"${nationality}" là dân tộc, không phải quốc tịch. Quốc tịch thường là "Việt Nam".`,
      `"${nationality}" is an ethnic group, not a nationality. The nationality is usually "Việt Nam".`));
  }
  return { errors: [], warnings };
}
