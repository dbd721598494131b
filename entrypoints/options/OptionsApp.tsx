import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AppHeader } from '../../components/AppHeader';
import { EmptyState } from '../../components/EmptyState';
import { request, type ResultOf } from '../../utils/messaging';

type Status = ResultOf<'app/status'>;

export function OptionsApp() {
  const [status, setStatus] = useState<Status>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    request('app/status', {}).then(setStatus, (e: Error) => setError(e.message));
  }, []);
  return (
    <>
      <AppHeader version={status?.version ?? browser.runtime.getManifest().version} iconUrl={browser.runtime.getURL('/icon/48.png')} />
      <main>
        <h1>
          Thông tin cá nhân
          <span class="en" lang="en">Profiles</span>
        </h1>
        {error && <p role="alert">{error}</p>}
        {status && status.profileCount === 0 && (
          <EmptyState title="Chưa có thông tin cá nhân nào" titleEn="No profiles saved yet">
            <p>Thông tin bạn nhập chỉ lưu trên máy này và chỉ được điền vào Cổng Dịch vụ công khi bạn yêu cầu.</p>
          </EmptyState>
        )}
      </main>
    </>
  );
}
