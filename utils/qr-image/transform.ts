/**
 * The image variants a photo may need before the QR reader finds the code: another size, a hard black/white
 * threshold, tiles. Pure functions on grey images; which of them run, in what order, is decided in `strategies.ts`.
 * (Quarter turns, contrast stretching, sharpening and local thresholds were measured too and rescued nothing the
 * others did not: tests/unit/qr-image/README.md.)
 */
import { createGray } from './image';
import type { GrayImage } from './image';

interface Tap {
  index: number;
  weight: number;
}

/**
 * For each output position along one axis, the source positions and weights: the overlap of pixel footprints when
 * shrinking (an area average, which keeps thin module edges instead of skipping them), linear interpolation when
 * enlarging.
 */
function taps(source: number, target: number): Tap[][] {
  const scale = source / target;
  const out: Tap[][] = [];
  for (let t = 0; t < target; t += 1) {
    if (scale >= 1) {
      const start = t * scale;
      const end = start + scale;
      const list: Tap[] = [];
      for (let s = Math.floor(start); s < Math.min(source, Math.ceil(end)); s += 1) {
        const overlap = Math.min(end, s + 1) - Math.max(start, s);
        if (overlap > 0) list.push({ index: s, weight: overlap / scale });
      }
      out.push(list);
    } else {
      const centre = Math.max(0, Math.min(source - 1, (t + 0.5) * scale - 0.5));
      const left = Math.floor(centre);
      const right = Math.min(source - 1, left + 1);
      const frac = centre - left;
      out.push(right === left ? [{ index: left, weight: 1 }] : [{ index: left, weight: 1 - frac }, { index: right, weight: frac }]);
    }
  }
  return out;
}

/** Resamples to `width` × `height` (separable: rows first, then columns). */
export function resize(image: GrayImage, width: number, height: number): GrayImage {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  if (w === image.width && h === image.height) return image;
  const xTaps = taps(image.width, w);
  const yTaps = taps(image.height, h);
  const rows = new Float32Array(w * image.height);
  for (let y = 0; y < image.height; y += 1) {
    const from = y * image.width;
    for (let x = 0; x < w; x += 1) {
      let sum = 0;
      for (const tap of xTaps[x] ?? []) sum += (image.data[from + tap.index] ?? 0) * tap.weight;
      rows[y * w + x] = sum;
    }
  }
  const out = createGray(w, h);
  for (let y = 0; y < h; y += 1) {
    const list = yTaps[y] ?? [];
    for (let x = 0; x < w; x += 1) {
      let sum = 0;
      for (const tap of list) sum += (rows[tap.index * w + x] ?? 0) * tap.weight;
      out.data[y * w + x] = sum;
    }
  }
  return out;
}

/** Scales so the longer side is `maxSide` (never below 1 pixel). */
export function fitLongSide(image: GrayImage, maxSide: number): GrayImage {
  const factor = maxSide / Math.max(image.width, image.height);
  return resize(image, image.width * factor, image.height * factor);
}

function histogram(image: GrayImage): Uint32Array {
  const counts = new Uint32Array(256);
  for (const v of image.data) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Otsu's threshold: the grey level that best separates the two classes of the histogram. */
export function otsuThreshold(image: GrayImage): number {
  const counts = histogram(image);
  const total = image.data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v += 1) sumAll += v * (counts[v] ?? 0);
  let sumBelow = 0;
  let weightBelow = 0;
  let best = 127;
  let bestVariance = -1;
  for (let t = 0; t < 256; t += 1) {
    weightBelow += counts[t] ?? 0;
    if (weightBelow === 0) continue;
    const weightAbove = total - weightBelow;
    if (weightAbove === 0) break;
    sumBelow += t * (counts[t] ?? 0);
    const meanBelow = sumBelow / weightBelow;
    const meanAbove = (sumAll - sumBelow) / weightAbove;
    const variance = weightBelow * weightAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
}

/** Black and white at one global threshold (Otsu's unless given). */
export function binarize(image: GrayImage, threshold = otsuThreshold(image)): GrayImage {
  const out = createGray(image.width, image.height);
  for (let i = 0; i < image.data.length; i += 1) out.data[i] = (image.data[i] ?? 0) > threshold ? 255 : 0;
  return out;
}

/** The rectangle `x, y, width, height` of the image (clamped to it). */
export function crop(image: GrayImage, x: number, y: number, width: number, height: number): GrayImage {
  const x0 = Math.max(0, Math.floor(x));
  const y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(image.width, Math.floor(x + width));
  const y1 = Math.min(image.height, Math.floor(y + height));
  const out = createGray(Math.max(1, x1 - x0), Math.max(1, y1 - y0));
  for (let yy = y0; yy < y1; yy += 1) out.data.set(image.data.subarray(yy * image.width + x0, yy * image.width + x1), (yy - y0) * out.width);
  return out;
}

/**
 * Overlapping tiles, `n` × `n`, each `span` of the width and height: the QR reader keeps only its best guess of three
 * finder patterns, and on a whole card the portrait, text and table around the code often win that guess. In a tile
 * that holds the code and little else, the code wins.
 */
export function tiles(image: GrayImage, n: number, span: number): GrayImage[] {
  const w = image.width * span;
  const h = image.height * span;
  const out: GrayImage[] = [];
  for (let row = 0; row < n; row += 1) {
    for (let col = 0; col < n; col += 1) {
      const x = n === 1 ? 0 : ((image.width - w) * col) / (n - 1);
      const y = n === 1 ? 0 : ((image.height - h) * row) / (n - 1);
      out.push(crop(image, x, y, w, h));
    }
  }
  return out;
}
