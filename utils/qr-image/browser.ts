/**
 * Pixels from a photo file or a video frame, through the page's own canvas: the image never leaves the page.
 * `createImageBitmap` applies the photo's EXIF orientation, so a phone picture taken sideways arrives upright.
 */
import { decodeQr } from './decode';
import type { DecodeOptions, QrDecodeResult } from './decode';
import type { RgbaImage } from './image';
import { CAMERA_STRATEGIES } from './strategies';

/** Photos are read at most this large: enough pixels per module for a card filling a fifth of a 12-MP photo. */
export const PHOTO_MAX_SIDE = 2400;
/** Camera frames: one quick pass each, several a second; a card held at arm's length still gets ~3 px per module. */
export const FRAME_MAX_SIDE = 1280;

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function context(width: number, height: number): Context2D {
  if (typeof OffscreenCanvas !== 'undefined') {
    const ctx = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
    if (ctx !== null) return ctx;
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx === null) throw new Error('No 2D canvas');
  return ctx;
}

function fit(width: number, height: number, maxSide: number): { width: number; height: number } {
  const k = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) };
}

function draw(source: CanvasImageSource, sourceWidth: number, sourceHeight: number, maxSide: number): RgbaImage {
  const size = fit(sourceWidth, sourceHeight, maxSide);
  const ctx = context(size.width, size.height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, size.width, size.height);
  return ctx.getImageData(0, 0, size.width, size.height);
}

/** The pixels of an image file (JPEG, PNG, WebP…), upright, at most `maxSide` on the long side. Throws if unreadable. */
export async function readImageFile(file: Blob, maxSide = PHOTO_MAX_SIDE): Promise<RgbaImage> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    return draw(bitmap, bitmap.width, bitmap.height, maxSide);
  } finally {
    bitmap.close();
  }
}

export type QrFileResult = QrDecodeResult | { ok: false; unreadableFile: true; attempts: 0; ms: number };

/** Reads a photo and looks for a QR code in it, yielding to the page between passes. */
export async function decodeQrFile(file: Blob, options: DecodeOptions = {}): Promise<QrFileResult> {
  const started = performance.now();
  let image: RgbaImage;
  try {
    image = await readImageFile(file);
  } catch {
    return { ok: false, unreadableFile: true, attempts: 0, ms: performance.now() - started };
  }
  const result = await decodeQr(image, { between: () => new Promise((resolve) => setTimeout(resolve, 0)), ...options });
  return { ...result, ms: performance.now() - started };
}

/**
 * One frame of a playing video, read with one of the camera strategies (frame `index` picks which, in turn);
 * undefined when no code is in view.
 */
export async function decodeVideoFrame(video: HTMLVideoElement, index = 0): Promise<string | undefined> {
  if (video.videoWidth === 0 || video.videoHeight === 0) return undefined;
  const frame = draw(video, video.videoWidth, video.videoHeight, FRAME_MAX_SIDE);
  const strategy = CAMERA_STRATEGIES[index % CAMERA_STRATEGIES.length];
  const result = await decodeQr(frame, { strategies: strategy === undefined ? CAMERA_STRATEGIES : [strategy] });
  return result.ok ? result.text : undefined;
}
