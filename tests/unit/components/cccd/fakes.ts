// Stand-ins for what the panel gets from its page: storage (a recording save), the photo reader and the camera.
import { vi } from 'vitest';
import type { CameraAccess, ImageReadResult } from '../../../../components/cccd';
import type { Profile, SaveResult } from '../../../../utils/profile';
import { settle } from '../dom';

export function recordingSave() {
  const calls: { profile: Profile; session: boolean }[] = [];
  const onSave = vi.fn(async (profile: Profile, options: { session: boolean }): Promise<SaveResult> => {
    calls.push({ profile, session: options.session });
    return { ok: true, profile, session: options.session, created: true, warnings: [] };
  });
  return { calls, onSave };
}

export interface FakeTrack {
  stopped: boolean;
  stop: () => void;
}

/** A camera whose frames give `frames` in turn (undefined: no code in view), recording whether its track stopped. */
export function fakeCamera(frames: readonly (string | undefined)[], options: { available?: boolean; refuse?: string } = {}) {
  const track: FakeTrack = { stopped: false, stop: () => { track.stopped = true; } };
  let read = 0;
  const camera: CameraAccess = {
    available: async () => options.available ?? true,
    open: async () => {
      if (options.refuse !== undefined) throw new DOMException('refused', options.refuse);
      // The page's own MediaStream (a video accepts no other), with our track to watch.
      const stream = new MediaStream();
      Object.defineProperty(stream, 'getTracks', { value: () => [track] });
      return stream;
    },
    readFrame: async () => frames[Math.min(read++, frames.length - 1)],
  };
  return { camera, track, reads: () => read };
}

export function fixedImage(result: ImageReadResult) {
  return vi.fn(async (_file: File) => result);
}

/** Waits (in real time) until `check` holds, letting the components re-render. */
export async function until(check: () => boolean, timeout = 3000): Promise<void> {
  const end = Date.now() + timeout;
  while (!check()) {
    if (Date.now() > end) throw new Error('Timed out waiting');
    await settle();
    await new Promise((r) => setTimeout(r, 20));
  }
}
