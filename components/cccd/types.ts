/** What the panel needs from its page: props in, events out, browser access passed in so tests can stand in for it. */
import type { Profile, SaveResult } from '../../utils/profile';

/** A stored profile as the page lists it. */
export interface ExistingProfile {
  profile: Profile;
  /** Kept for this browser session only (volunteer mode). */
  session: boolean;
}

/** What reading a photo gave: the code's text, or why not. */
export type ImageReadResult =
  | { ok: true; text: string; ms: number }
  | { ok: false; reason: 'no-code' | 'unreadable-file'; ms: number };

export interface CameraAccess {
  /** Whether the machine has a camera at all (asks no permission). */
  available: () => Promise<boolean>;
  /** Starts the camera (the browser may ask the person first). */
  open: () => Promise<MediaStream>;
  /** Looks for a QR code in the current frame of a playing video. */
  readFrame: (video: HTMLVideoElement) => Promise<string | undefined>;
}

export type SaveCardProfile = (profile: Profile, options: { session: boolean }) => Promise<SaveResult>;

/** How the line reached the panel; only for wording ("trong ảnh", "từ camera"). */
export type QrSource = 'text' | 'image' | 'camera';
