/** The demo portal for one test file: started on a free port, reset between tests, stopped at the end. */
import { startPortal } from '../../portal/server/index.mjs';

export type Portal = Awaited<ReturnType<typeof startPortal>>;

export async function startDemoPortal(options: { latencyMs?: number } = {}): Promise<Portal> {
  return startPortal({ port: 0, ...options });
}
