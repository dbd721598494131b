// @ts-check
/** Injected content-script size: what every portal page load pays before anything runs. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../e2e/harness/launch.mjs';

/** @type {import('../run.mjs').BenchCase} */
export default {
  id: 'content-script-size',
  title: 'Injected content script',
  async run() {
    const dir = path.join(EXTENSION_DIR, 'content-scripts');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
    let bytes = 0;
    let gzip = 0;
    for (const file of files) {
      const content = await readFile(path.join(dir, file));
      bytes += content.length;
      gzip += gzipSync(content, { level: 9 }).length;
    }
    return [
      { id: 'content-script-bytes', label: 'Content script size', unit: 'KB', values: [bytes / 1024], target: undefined },
      { id: 'content-script-gzip', label: 'Content script size, gzip -9', unit: 'KB', values: [gzip / 1024], target: 30 },
    ];
  },
};
