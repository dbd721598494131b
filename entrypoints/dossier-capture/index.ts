/**
 * Dossier capture, injected on demand into a portal tab once the page shows something code-like (see
 * entrypoints/portal.content/index.tsx) or when the extension runs a lookup there. Registers for the always-on part.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runLookupInPage } from '../../utils/dossier/lookup/in-page';
import { registerModule, type CaptureModule } from '../../utils/portal/modules';
import { startCapture, type CaptureWiring } from './capture';

export default defineUnlistedScript(() => {
  let wiring: CaptureWiring | undefined;
  const module: CaptureModule = {
    start(options) {
      wiring ??= startCapture(options);
    },
    pause: (paused) => wiring?.pause(paused),
    setFilledIdNumber: (idNumber) => wiring?.setFilledIdNumber(idNumber),
    async runLookup(request) {
      wiring?.pause(true);
      try {
        return await runLookupInPage(document, request);
      } finally {
        wiring?.pause(false);
      }
    },
  };
  registerModule('capture', module);
});
