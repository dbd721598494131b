import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AppHeader } from '../../components/AppHeader';
import { DossierPanel } from '../../components/dossier';
import { request, type ResultOf } from '../../utils/messaging';
import { PageTools } from './PageTools';
import { backgroundActions, storeSource } from './wiring';

type Status = ResultOf<'app/status'>;

/** Name of the performance mark set when the first dossiers are on screen (the benchmark reads it). */
export const FIRST_RENDER_MARK = 'popup-first-render';

export function PopupApp() {
  const [status, setStatus] = useState<Status>();
  const source = useMemo(storeSource, []);
  useEffect(() => {
    // The header's version and the profile hint; the dossier list does not wait for this.
    request('app/status', {}).then(setStatus, () => undefined);
    const close = () => source.close();
    addEventListener('pagehide', close);
    return () => removeEventListener('pagehide', close);
  }, [source]);
  const version = status?.version ?? browser.runtime.getManifest().version;
  return (
    <>
      <AppHeader version={version} iconUrl={browser.runtime.getURL('/icon/48.png')} />
      <main>
        <PageTools />
        <DossierPanel source={source} actions={backgroundActions} onFirstRender={() => performance.mark(FIRST_RENDER_MARK)} />
        {status && status.profileCount === 0 && (
          <p class="profile-hint">
            Chưa có thông tin cá nhân để điền biểu mẫu.{' '}
            <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
              Thêm thông tin cá nhân
            </button>
          </p>
        )}
      </main>
    </>
  );
}
