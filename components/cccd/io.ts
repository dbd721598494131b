/**
 * The real photo reader and camera, loaded only when first used (the QR reader is ~45 KB the popup should not carry
 * until someone picks a photo). Web APIs only; nothing is sent anywhere.
 */
import type { CameraAccess, ImageReadResult } from './types';

export async function readQrFromImage(file: Blob): Promise<ImageReadResult> {
  const { decodeQrFile } = await import('../../utils/qr-image/browser');
  const result = await decodeQrFile(file);
  if (result.ok) return { ok: true, text: result.text, ms: result.ms };
  return { ok: false, reason: 'unreadableFile' in result ? 'unreadable-file' : 'no-code', ms: result.ms };
}

let frames = 0;

export const browserCamera: CameraAccess = {
  available: async () => {
    const devices = await navigator.mediaDevices?.enumerateDevices?.().catch(() => []);
    return (devices ?? []).some((d) => d.kind === 'videoinput');
  },
  open: () =>
    navigator.mediaDevices.getUserMedia({
      // The back camera on devices that have one; a large frame gives the small code on the card enough pixels.
      video: { facingMode: 'environment', width: { ideal: 1920 }, height: { ideal: 1080 } },
      audio: false,
    }),
  readFrame: async (video) => {
    const { decodeVideoFrame } = await import('../../utils/qr-image/browser');
    frames += 1;
    return decodeVideoFrame(video, frames);
  },
};
