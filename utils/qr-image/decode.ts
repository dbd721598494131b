/**
 * Finding and reading a QR code in an image with jsQR (Apache-2.0, pure JavaScript; 136 KB minified, 48 KB gzip, in
 * a chunk loaded only when a photo or the camera is used): the variants of `strategies.ts` are tried in order until
 * one reads. Nothing leaves the page.
 */
import jsQR from 'jsqr';
import { toGray, toRgba } from './image';
import type { GrayImage, RgbaImage } from './image';
import { PHOTO_STRATEGIES, sizedCache } from './strategies';
import type { Strategy } from './strategies';
import { qrBytesToText } from './text';

export type QrDecodeResult =
  | { ok: true; text: string; strategy: string; attempts: number; ms: number }
  | { ok: false; attempts: number; ms: number };

export interface DecodeOptions {
  strategies?: readonly Strategy[];
  /** Stop trying further variants after this many milliseconds (the current pass finishes). Default 8000. */
  budgetMs?: number;
  /** Called between passes; the async decoder awaits it so the page can repaint (a progress message, a spinner). */
  between?: () => Promise<void>;
}

function isGray(image: RgbaImage | GrayImage): boolean {
  return image.data.length === image.width * image.height;
}

function readOnce(variant: GrayImage): string | undefined {
  const rgba = toRgba(variant);
  // Dark modules on a light card: inverted codes (light on dark screens) are not what an ID card carries.
  const found = jsQR(rgba.data, rgba.width, rgba.height, { inversionAttempts: 'dontInvert' });
  if (found === null) return undefined;
  return qrBytesToText(found.binaryData, found.data);
}

/** Tries each strategy in order, yielding between passes. `image` may be RGBA (`ImageData`) or grey. */
export async function decodeQr(image: RgbaImage | GrayImage, options: DecodeOptions = {}): Promise<QrDecodeResult> {
  const started = performance.now();
  const strategies = options.strategies ?? PHOTO_STRATEGIES;
  const budget = options.budgetMs ?? 8000;
  const sized = sizedCache(isGray(image) ? image : toGray(image));
  let attempts = 0;
  const seen = new Set<GrayImage>();
  for (const strategy of strategies) {
    if (attempts > 0 && performance.now() - started > budget) break;
    const made = strategy.make(sized);
    const variants: readonly GrayImage[] = 'data' in made ? [made] : made;
    for (const variant of variants) {
      // "fit-1600" of a 900-pixel photo is the photo itself again: no second pass on the same pixels.
      if (seen.has(variant)) continue;
      seen.add(variant);
      attempts += 1;
      const text = readOnce(variant);
      if (text !== undefined) return { ok: true, text, strategy: strategy.name, attempts, ms: performance.now() - started };
      if (options.between !== undefined) await options.between();
    }
  }
  return { ok: false, attempts, ms: performance.now() - started };
}
