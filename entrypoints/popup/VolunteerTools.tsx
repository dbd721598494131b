/**
 * Volunteer mode's tools, loaded only once the switch is on: the built-in guides (data and QR encoder are the heavy part
 * of the popup, so a resident's popup never loads them).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuideQrCard } from '../../components/guide/GuideQrCard';
import { VolunteerPanel, type SessionSummary } from '../../components/volunteer/VolunteerPanel';
import { builtInGuide, builtInGuides, guideHintUrl } from '../../utils/guide';
import { request } from '../../utils/messaging';
import { isOfficialUrl } from '../../utils/portal/origins';
import type { CameraAccess } from '../../components/cccd';
import { CccdSection } from '../options/CccdSection';

/**
 * The toolbar popup cannot show Chrome's camera prompt, so here the ID card's QR comes from a USB scanner or a photo;
 * "Quét bằng camera" lives on the options page.
 */
const NO_CAMERA: CameraAccess = {
  available: () => Promise.resolve(false),
  open: () => Promise.reject(new Error('Không dùng camera trong cửa sổ này')),
  readFrame: () => Promise.resolve(undefined),
};

/** Opens the guide on the resident's portal tab (or a new tab): its hint URL starts it there. */
async function startGuide(id: string): Promise<void> {
  const guide = builtInGuide(id);
  if (!guide) return;
  const url = guideHintUrl(guide);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined && tab.url && isOfficialUrl(tab.url)) await browser.tabs.update(tab.id, { url });
  else await browser.tabs.create({ url });
}

export function VolunteerTools() {
  const [summary, setSummary] = useState<SessionSummary>();
  const refresh = useCallback(() => {
    request('session/summary', {}).then(setSummary, () => undefined);
  }, []);
  useEffect(refresh, [refresh]);
  return (
    <VolunteerPanel
      guides={builtInGuides().map((g) => ({ id: g.id, title: g.title.vi, summary: g.summary.vi }))}
      onStartGuide={(id) => void startGuide(id)}
      renderQr={(id) => {
        const guide = builtInGuide(id);
        return guide ? <GuideQrCard guide={guide} size={180} /> : null;
      }}
      children={<CccdSection camera={NO_CAMERA} />}
      summary={summary}
      onNextPerson={async () => {
        const done = await request('session/next-person', {});
        refresh();
        return `Đã xóa ${done.profiles} thông tin cá nhân tạm thời, ${done.dossiers} mã hồ sơ và ${done.tours} hướng dẫn đang mở. Sẵn sàng cho người tiếp theo.`;
      }}
    />
  );
}
