/**
 * Old address → new commune, only when the 2025 mapping leaves no doubt. Never guesses silently: every outcome carries
 * a reason to show, and a suggestion is still a hint for the user to confirm (the source data is imperfect, FACTS §12).
 */
import type { AddressBook } from './book';
import type { Commune2025, CommuneSuggestion, LegacyCommune, LegacyDistrict, LegacyProvince, LegacyQuery } from './types';

function describeOld(c: LegacyCommune): string {
  return `${c.name}, ${c.districtName}, ${c.provinceName}`;
}

export function suggestNewCommune(
  book: AddressBook,
  legacy: LegacyQuery,
  hint: { newProvinceCode?: string } = {},
): CommuneSuggestion {
  const district = legacy.district?.trim() ?? '';
  const commune = legacy.commune?.trim() ?? '';
  if (district === '' || commune === '') {
    return {
      ok: false, code: 'incomplete', candidates: [],
      reason: { vi: 'Cần cả huyện và xã cũ để tìm đơn vị mới.', en: 'Both the old district and commune are needed.' },
    };
  }

  let provinces: readonly LegacyProvince[] = book.legacyProvinces();
  const province = legacy.province?.trim() ?? '';
  if (province !== '') {
    provinces = book.findLegacyProvince(province).matches;
    if (provinces.length === 0) {
      return {
        ok: false, code: 'province-not-found', candidates: [],
        reason: { vi: `Không tìm thấy tỉnh cũ "${province}".`, en: `Old province "${province}" not found.` },
      };
    }
  }

  const districts: LegacyDistrict[] = provinces.flatMap((p) => book.findLegacyDistrict(p.name, district).matches);
  if (districts.length === 0) {
    return {
      ok: false, code: 'district-not-found', candidates: [],
      reason: { vi: `Không tìm thấy huyện cũ "${district}".`, en: `Old district "${district}" not found.` },
    };
  }

  let olds: LegacyCommune[] = districts.flatMap((d) => book.findLegacyCommune(d.provinceName, d.name, commune).matches);
  if (olds.length === 0) {
    return {
      ok: false, code: 'commune-not-found', candidates: [],
      reason: {
        vi: `Không tìm thấy xã cũ "${commune}" thuộc "${district}".`,
        en: `Old commune "${commune}" not found in "${district}".`,
      },
    };
  }
  // Without an old province the same district and commune names can exist in several provinces; the new province
  // already stored in the profile narrows them down.
  if (hint.newProvinceCode !== undefined) {
    const inProvince = olds.filter((o) => o.newCodes.some((code) => book.commune(code)?.provinceCode === hint.newProvinceCode));
    if (inProvince.length > 0) olds = inProvince;
  }

  const targetCodes = [...new Set(olds.flatMap((o) => o.newCodes))];
  const candidates = targetCodes.map((code) => book.commune(code)).filter((c): c is Commune2025 => c !== undefined);
  const target = candidates[0];
  if (candidates.length === 1 && target !== undefined) {
    const newProvince = book.province(target.provinceCode);
    if (newProvince !== undefined) {
      const first = olds[0];
      const oldText = olds.length === 1 && first !== undefined ? describeOld(first) : `${commune}, ${district}`;
      return {
        ok: true, commune: target, province: newProvince, from: olds,
        reason: {
          vi: `Theo bảng chuyển đổi năm 2025, ${oldText} nay thuộc ${target.name}, ${newProvince.name}. Hãy kiểm tra lại trước khi dùng.`,
          en: `According to the 2025 conversion table, ${oldText} is now part of ${target.name}, ${newProvince.name}. Please check before using it.`,
        },
      };
    }
  }

  const names = candidates.map((c) => `${c.name} (${c.provinceName})`).join('; ');
  if (olds.length === 1 && olds[0] !== undefined) {
    return {
      ok: false, code: 'split', candidates,
      reason: {
        vi: `${describeOld(olds[0])} đã được chia cho nhiều đơn vị mới: ${names}. Hãy chọn theo nơi ở thực tế.`,
        en: `${describeOld(olds[0])} was split between several new units: ${names}. Choose by the actual place of residence.`,
      },
    };
  }
  return {
    ok: false, code: 'ambiguous-old', candidates,
    reason: {
      vi: `Có ${olds.length} xã cũ khớp với "${commune}", "${district}" và chúng thuộc các đơn vị mới khác nhau: ${names}. Hãy ghi rõ tên (có dấu) hoặc chọn trong danh sách.`,
      en: `${olds.length} old communes match "${commune}", "${district}" and they belong to different new units: ${names}. Type the exact name (with diacritics) or pick from the list.`,
    },
  };
}
