import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AppHeader } from '../../components/AppHeader';
import { EmptyState } from '../../components/EmptyState';
import { request, type ResultOf } from '../../utils/messaging';

type Status = ResultOf<'app/status'>;

export function PopupApp() {
  const [status, setStatus] = useState<Status>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    request('app/status', {}).then(setStatus, (e: Error) => setError(e.message));
  }, []);
  const version = status?.version ?? browser.runtime.getManifest().version;
  return (
    <>
      <AppHeader version={version} iconUrl={browser.runtime.getURL('/icon/48.png')} />
      <main>
        {error && <p role="alert">{error}</p>}
        {status && status.dossierCount === 0 && (
          <EmptyState title="Chưa lưu mã hồ sơ nào" titleEn="No dossier codes saved yet">
            <p>
              Sau khi bạn nộp hồ sơ trên Cổng Dịch vụ công, mã hồ sơ (ví dụ <code>000.00.22.H56-241121-0007</code>) sẽ
              được lưu ở đây để tra cứu tiến độ.
            </p>
          </EmptyState>
        )}
        {status && status.profileCount === 0 && (
          <EmptyState title="Chưa có thông tin cá nhân" titleEn="No profile yet">
            <p>Thêm thông tin của bạn để Trợ lý điền biểu mẫu giúp bạn.</p>
            <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
              Thêm thông tin cá nhân
            </button>
          </EmptyState>
        )}
      </main>
    </>
  );
}
