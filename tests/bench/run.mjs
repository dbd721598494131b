// @ts-check
/**
 * `npm run bench`: measures what users feel, on the production build in headless Chromium against the demo portal,
 * side by side with the page alone. Prints one table and writes bench-results/latest.json; `--update-readme` also
 * rewrites the table in README.md. Nothing here asserts a time.
 *
 * Usage: node tests/bench/run.mjs [--runs N] [--only id,id] [--update-readme]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { startPortal } from '../portal/server/index.mjs';
import { launch } from '../e2e/harness/launch.mjs';
import { chromiumPath } from '../e2e/harness/chromium.mjs';
import { round, summarize } from './stats.mjs';
import { CASES } from './cases/index.mjs';

/**
 * @typedef {{id: string, label: string, unit: string, values: number[], target?: number}} Figure
 * @typedef {{withExtension: import('../e2e/harness/launch.mjs').Session,
 *   withoutExtension: import('../e2e/harness/launch.mjs').Session,
 *   portal: Awaited<ReturnType<typeof startPortal>>, runs: number}} BenchContext
 * @typedef {{id: string, title: string, run(ctx: BenchContext): Promise<Figure[]>}} BenchCase
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : undefined;

const chromiumVersion = execFileSync(chromiumPath(), ['--version']).toString().trim();
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;

const portal = await startPortal({ port: 0 });
const withExtension = await launch({ portalPort: portal.port });
const withoutExtension = await launch({ portalPort: portal.port, withExtension: false });
/** @type {{case: string, figures: (Figure & ReturnType<typeof summarize>)[]}[]} */
const results = [];
try {
  for (const benchCase of CASES) {
    if (only && !only.includes(benchCase.id)) continue;
    process.stdout.write(`… ${benchCase.title}\n`);
    const figures = await benchCase.run({ withExtension, withoutExtension, portal, runs });
    results.push({ case: benchCase.id, figures: figures.map((f) => ({ ...f, ...summarize(f.values) })) });
  }
} finally {
  await withExtension.close();
  await withoutExtension.close();
  await portal.close();
}

/** @param {number} v @param {string} unit */
const fmt = (v, unit) => (unit === '×' ? v.toFixed(3) : unit === 'KB' ? v.toFixed(1) : round(v, 2).toString());
const rows = results.flatMap((r) =>
  r.figures.map((f) => {
    const spread = f.n > 1 ? `${fmt(f.min, f.unit)}–${fmt(f.max, f.unit)}` : '';
    const target = f.target === undefined ? '' : `< ${f.target} ${f.unit}`;
    const met = f.target === undefined ? '' : f.median < f.target ? 'met' : 'not met';
    return `| ${f.label} | ${fmt(f.median, f.unit)} ${f.unit} | ${spread} | ${f.n} | ${target} | ${met} |`;
  }),
);
const date = new Date().toISOString().slice(0, 10);
const table = [
  `Measured ${date} with ${chromiumVersion} (headless) on ${machine}; median of ${runs} runs, spread = min–max.`,
  '',
  '| Figure | Median | Spread | Runs | Target | |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(`\n${table}\n`);

await mkdir(path.join(root, 'bench-results'), { recursive: true });
await writeFile(
  path.join(root, 'bench-results/latest.json'),
  JSON.stringify({ date: new Date().toISOString(), chromium: chromiumVersion, machine, runs, results }, null, 2),
);
console.log('Wrote bench-results/latest.json');

if (args.includes('--update-readme')) {
  const readmePath = path.join(root, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!readme.includes(start)) throw new Error('README.md has no bench markers');
  const next = readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${table}\n${end}`);
  await writeFile(readmePath, next);
  console.log('Updated the table in README.md');
}
