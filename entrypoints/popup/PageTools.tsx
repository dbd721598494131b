/**
 * The popup's tools for the page the person is on and for volunteers, above the saved dossiers: "Điền biểu mẫu trên
 * trang này", and volunteer mode (its tools load only once it is switched on).
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FillThisPage } from '../../components/autofill/FillThisPage';
import { VolunteerSwitch } from '../../components/volunteer/VolunteerPanel';
import '../../components/volunteer/volunteer.css';
import { request } from '../../utils/messaging';
import { isOfficialUrl } from '../../utils/portal/origins';
import { getSettings, updateSettings } from '../../utils/settings';

export function PageTools() {
  const [onPortal, setOnPortal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const [volunteer, setVolunteer] = useState(false);
  const [Tools, setTools] = useState<FunctionComponent>();

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setOnPortal(Boolean(tab?.url && isOfficialUrl(tab.url))));
    void getSettings().then((settings) => setVolunteer(settings.volunteerMode));
  }, []);

  useEffect(() => {
    if (volunteer && !Tools) void import('./VolunteerTools').then((m) => setTools(() => m.VolunteerTools));
  }, [volunteer, Tools]);

  const fill = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const result = await request('fill/active-tab', {});
      setMessage(result.started ? 'Đã điền. Xem báo cáo ngay trên trang, phía trên biểu mẫu.' : result.message);
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <FillThisPage onPortal={onPortal} busy={busy} message={message} onFill={() => void fill()} />
      <VolunteerSwitch
        enabled={volunteer}
        onToggle={(enabled) => {
          setVolunteer(enabled);
          void updateSettings({ volunteerMode: enabled });
        }}
      />
      {volunteer && Tools && <Tools />}
    </>
  );
}
