/**
 * Addresses against the official unit lists (needs the lazily loaded address book, so the editor passes it in).
 * Warnings only: the lists can lag behind later changes, and the pickers already constrain normal input.
 */
import type { AddressBook, Province2025 } from '../../address';
import { issue } from '../issue';
import type { Issue } from '../issue';
import type { Address } from '../schema';

function checkNewUnits(address: Address, field: string, book: AddressBook, warnings: Issue[]): Province2025 | undefined {
  const provinceText = address.province?.trim() ?? '';
  let province: Province2025 | undefined;
  if (provinceText !== '') {
    province = book.provinces().find((p) => p.name === provinceText);
    if (province === undefined) {
      const found = book.findProvince(provinceText);
      const only = found.matches.length === 1 && !found.typeMismatch ? found.matches[0] : undefined;
      if (only !== undefined) {
        province = only;
        warnings.push(issue(`${field}.province`, 'address.provinceSpelling',
          `Tên chính thức của tỉnh là "${only.name}" (đang ghi "${provinceText}").`,
          `The official province name is "${only.name}" (written "${provinceText}").`));
      } else if (book.findLegacyProvince(provinceText).matches.length > 0) {
        warnings.push(issue(`${field}.province`, 'address.provinceBeforeReform',
          `"${provinceText}" là tỉnh trước ngày 1/7/2025. Hãy chọn tỉnh mới và ghi tỉnh cũ trong mục địa chỉ cũ.`,
          `"${provinceText}" is a province from before 1 July 2025. Choose the new province and keep the old one in the old address.`));
      } else {
        warnings.push(issue(`${field}.province`, 'address.provinceUnknown',
          `Không tìm thấy "${provinceText}" trong danh sách 34 tỉnh, thành phố từ 1/7/2025.`,
          `"${provinceText}" is not among the 34 provinces in force since 1 July 2025.`));
      }
    }
  }

  const communeText = address.commune?.trim() ?? '';
  if (communeText === '' || province === undefined) return province;
  if (book.communesOf(province.code).some((c) => c.name === communeText)) return province;
  const found = book.findCommune(province.code, communeText);
  const first = found.matches[0];
  if (found.matches.length === 1 && first !== undefined && !found.typeMismatch) {
    warnings.push(issue(`${field}.commune`, 'address.communeSpelling',
      `Tên chính thức là "${first.name}" (đang ghi "${communeText}").`,
      `The official name is "${first.name}" (written "${communeText}").`));
  } else if (found.matches.length > 1) {
    const names = found.matches.map((c) => c.name).join(', ');
    warnings.push(issue(`${field}.commune`, 'address.communeAmbiguous',
      `"${communeText}" có thể là ${names}. Hãy chọn đúng tên có dấu.`,
      `"${communeText}" could be ${names}. Choose the exact accented name.`));
  } else {
    warnings.push(issue(`${field}.commune`, 'address.communeUnknown',
      `Không tìm thấy "${communeText}" trong ${province.name} sau ngày 1/7/2025. Nếu đây là xã cũ, hãy ghi vào mục địa chỉ cũ.`,
      `"${communeText}" is not a commune of ${province.name} since 1 July 2025. If it is an old commune, put it in the old address.`));
  }
  return province;
}

function checkLegacyUnits(address: Address, field: string, book: AddressBook, warnings: Issue[]): void {
  const legacy = address.legacy;
  const districtText = legacy?.district?.trim() ?? '';
  const communeText = legacy?.commune?.trim() ?? '';
  if (districtText === '' && communeText === '') return;

  const provinceText = legacy?.province?.trim() || address.province?.trim() || '';
  const named = provinceText === '' ? [] : book.findLegacyProvince(provinceText).matches;
  const provinces = named.length > 0 ? named : book.legacyProvinces();
  if (districtText === '') return;
  const districts = provinces.flatMap((p) => book.findLegacyDistrict(p.name, districtText).matches);
  if (districts.length === 0) {
    warnings.push(issue(`${field}.legacy.district`, 'address.legacyDistrictUnknown',
      `Không tìm thấy quận/huyện cũ "${districtText}"${named.length > 0 ? ` thuộc ${named.map((p) => p.name).join(', ')}` : ''}.`,
      `Old district "${districtText}" not found.`));
    return;
  }
  if (communeText === '') return;
  const communes = districts.flatMap((d) => book.findLegacyCommune(d.provinceName, d.name, communeText).matches);
  if (communes.length === 0) {
    warnings.push(issue(`${field}.legacy.commune`, 'address.legacyCommuneUnknown',
      `Không tìm thấy xã/phường cũ "${communeText}" thuộc ${districts.map((d) => d.name).join(', ')}.`,
      `Old commune "${communeText}" not found in ${districts.map((d) => d.name).join(', ')}.`));
  }
}

export function checkAddress(address: Address | undefined, field: string, book: AddressBook): Issue[] {
  if (address === undefined) return [];
  const warnings: Issue[] = [];
  checkNewUnits(address, field, book, warnings);
  checkLegacyUnits(address, field, book, warnings);
  return warnings;
}
