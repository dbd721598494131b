#!/usr/bin/env node
// CLI: node tests/portal/server/main.mjs [--port N] [--latency MS]
import { DEFAULT_DIST_DIR, isBuilt, startPortal } from './index.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};

if (!isBuilt()) {
  console.error(`The demo portal is not built (${DEFAULT_DIST_DIR} is missing). Run \`npm run portal:build\` first.`);
  process.exit(1);
}

const portal = await startPortal({ port: option('--port') ?? 0, latencyMs: option('--latency') });
const p = portal.port;
console.log(`Demo portal listening on https://127.0.0.1:${p}`);
console.log(`Chromium: --ignore-certificate-errors --host-resolver-rules="MAP dichvucong.thanhhoa.gov.vn 127.0.0.1:${p}, `
  + `MAP dichvucong.gov.vn 127.0.0.1:${p}, MAP sso.dancuquocgia.gov.vn 127.0.0.1:${p}, MAP xacthuc.dichvucong.gov.vn 127.0.0.1:${p}"`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    portal.close().finally(() => process.exit(0));
  });
}
