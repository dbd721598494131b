// Entry point for tests and the CLI: one port, HTTPS and HTTP, every portal hostname.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandler } from './app.mjs';
import { makeCertificate } from './http/cert.mjs';
import { listenDual } from './http/dual-port.mjs';
import { PortalState } from './state.mjs';

export { PortalState } from './state.mjs';

export const DEFAULT_DIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** True when the SPA has been built into distDir. */
export function isBuilt(distDir = DEFAULT_DIST_DIR) {
  return existsSync(join(distDir, 'index.html'));
}

/**
 * Starts the demo portal.
 * @param {{port?: number, latencyMs?: number, distDir?: string}} [options] port 0 (default) picks a free port;
 *   latencyMs is the địa bàn API delay (default 300 ms)
 * @returns {Promise<{port: number, close(): Promise<void>, state: PortalState}>}
 */
export async function startPortal(options = {}) {
  const distDir = resolve(options.distDir ?? DEFAULT_DIST_DIR);
  if (!isBuilt(distDir)) {
    console.warn(`[demo portal] ${distDir} has no index.html: run \`npm run portal:build\` first; SPA pages answer 500.`);
  }
  const state = new PortalState({ diaBanLatencyMs: options.latencyMs ?? 300 });
  const tls = await makeCertificate();
  const server = await listenDual(tls, createHandler({ state, distDir }), options.port ?? 0);
  return { port: server.port, close: () => server.close(), state };
}
