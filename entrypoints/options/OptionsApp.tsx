/**
 * The options page: one section per concern ("Thông tin cá nhân", "Sao lưu và khôi phục"; settings and the ID-card QR
 * import slot in as further sections), each wiring its components to storage and messages.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AppHeader } from '../../components/AppHeader';
import { request } from '../../utils/messaging';
import { BackupSection } from './BackupSection';
import { CccdSection } from './CccdSection';
import { ProfilesSection } from './ProfilesSection';

export function OptionsApp() {
  const [version, setVersion] = useState(browser.runtime.getManifest().version);
  useEffect(() => {
    // The background's answer also proves it is running; the manifest version is shown meanwhile.
    request('app/status', {}).then((s) => setVersion(s.version), () => undefined);
  }, []);
  return (
    <>
      <AppHeader version={version} iconUrl={browser.runtime.getURL('/icon/48.png')} />
      <main>
        <h1>
          Thông tin cá nhân và sao lưu
          <span class="en" lang="en">Profiles and backup</span>
        </h1>
        <nav aria-label="Các phần của trang" class="page-nav">
          <a href="#profiles-title">Thông tin cá nhân</a>
          <a href="#cccd-title">Tạo từ mã QR trên CCCD</a>
          <a href="#backup-title">Sao lưu và khôi phục</a>
        </nav>
        <ProfilesSection />
        <CccdSection />
        <BackupSection />
      </main>
    </>
  );
}
