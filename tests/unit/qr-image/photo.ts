/**
 * Synthetic "photos" of a CCCD's QR code for the decoder tests: the code from `qrcode` drawn on a card, the card on a
 * busy table, then turned, blurred, noised and scaled as a phone photo would be. Seeded, so every run sees the same
 * pixels. Pure TypeScript: the e2e test makes its own variants in Chromium's canvas (with JPEG), these cover many
 * more combinations quickly.
 */
import QRCode from 'qrcode';
import type { QRCodeErrorCorrectionLevel } from 'qrcode';
import { createGray } from '../../../utils/qr-image/image';
import type { GrayImage } from '../../../utils/qr-image/image';

/** mulberry32: small and good enough for test noise. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The QR code of `text`, `moduleSize` pixels per module, with a quiet zone of `margin` modules. */
export function renderQr(text: string, moduleSize = 4, margin = 4, level: QRCodeErrorCorrectionLevel = 'M'): GrayImage {
  const code = QRCode.create(text, { errorCorrectionLevel: level });
  const n = code.modules.size;
  const side = (n + 2 * margin) * moduleSize;
  const out = createGray(side, side);
  out.data.fill(255);
  for (let r = 0; r < n; r += 1) {
    for (let c = 0; c < n; c += 1) {
      if (!code.modules.get(r, c)) continue;
      for (let dy = 0; dy < moduleSize; dy += 1) {
        const row = ((r + margin) * moduleSize + dy) * side;
        for (let dx = 0; dx < moduleSize; dx += 1) out.data[row + (c + margin) * moduleSize + dx] = 0;
      }
    }
  }
  return out;
}

function fillRect(img: GrayImage, x: number, y: number, w: number, h: number, value: number): void {
  for (let yy = Math.max(0, Math.floor(y)); yy < Math.min(img.height, Math.floor(y + h)); yy += 1) {
    for (let xx = Math.max(0, Math.floor(x)); xx < Math.min(img.width, Math.floor(x + w)); xx += 1) img.data[yy * img.width + xx] = value;
  }
}

function paste(target: GrayImage, source: GrayImage, x: number, y: number): void {
  for (let yy = 0; yy < source.height; yy += 1) {
    const ty = y + yy;
    if (ty < 0 || ty >= target.height) continue;
    for (let xx = 0; xx < source.width; xx += 1) {
      const tx = x + xx;
      if (tx >= 0 && tx < target.width) target.data[ty * target.width + tx] = source.data[yy * source.width + xx] ?? 0;
    }
  }
}

/**
 * A card 85.6 × 54 mm like the CCCD, `width` pixels wide: light patterned background, a portrait, lines of "text",
 * and the QR code in the top right corner at about a fifth of the card's width, as on the real card.
 */
export function renderCard(qr: GrayImage, width: number, seed = 1): GrayImage {
  const rnd = random(seed);
  const height = Math.round((width * 54) / 85.6);
  const card = createGray(width, height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      // A faint guilloche-like wave, as printed on the card.
      card.data[y * width + x] = 225 + 15 * Math.sin((x + 3 * Math.sin(y / 9)) / 7) * Math.cos(y / 13);
    }
  }
  fillRect(card, width * 0.04, height * 0.3, width * 0.22, height * 0.5, 90);
  for (let line = 0; line < 7; line += 1) {
    const y = height * (0.3 + line * 0.09);
    let x = width * 0.3;
    while (x < width * 0.92) {
      const word = width * (0.02 + rnd() * 0.06);
      fillRect(card, x, y, Math.min(word, width * 0.95 - x), height * 0.035, 40 + rnd() * 40);
      x += word + width * 0.015;
    }
  }
  const qrSide = Math.round(width * 0.2);
  const scaled = scaleNearest(qr, qrSide / qr.width);
  paste(card, scaled, Math.round(width * 0.77), Math.round(height * 0.04));
  return card;
}

function scaleNearest(img: GrayImage, factor: number): GrayImage {
  const w = Math.max(1, Math.round(img.width * factor));
  const h = Math.max(1, Math.round(img.height * factor));
  const out = createGray(w, h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) out.data[y * w + x] = img.data[Math.floor(y / factor) * img.width + Math.floor(x / factor)] ?? 0;
  }
  return out;
}

/** A cluttered table: wood-like stripes, random shapes and dark blobs, the kind of thing a desk photo shows. */
export function busyBackground(width: number, height: number, seed = 2): GrayImage {
  const rnd = random(seed);
  const bg = createGray(width, height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) bg.data[y * width + x] = 120 + 50 * Math.sin(x / 23 + Math.sin(y / 41) * 2) + 20 * rnd();
  }
  for (let i = 0; i < 40; i += 1) {
    fillRect(bg, rnd() * width, rnd() * height, 10 + rnd() * width * 0.2, 10 + rnd() * height * 0.2, rnd() * 255);
  }
  // Small square-ish dark marks, which look a little like finder patterns to a QR locator.
  for (let i = 0; i < 30; i += 1) {
    const s = 4 + rnd() * 20;
    fillRect(bg, rnd() * width, rnd() * height, s, s, rnd() * 60);
  }
  return bg;
}

/** Turns by `degrees` about the centre (bilinear), on a canvas big enough for the corners, filled with `fill`. */
export function rotate(img: GrayImage, degrees: number, fill = 128): GrayImage {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const w = Math.ceil(Math.abs(img.width * cos) + Math.abs(img.height * sin));
  const h = Math.ceil(Math.abs(img.width * sin) + Math.abs(img.height * cos));
  const out = createGray(w, h);
  const cx = img.width / 2;
  const cy = img.height / 2;
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      const dx = x - w / 2;
      const dy = y - h / 2;
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 + 1 >= img.width || y0 + 1 >= img.height) {
        out.data[y * w + x] = fill;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const p = (xx: number, yy: number): number => img.data[yy * img.width + xx] ?? 0;
      out.data[y * w + x] =
        p(x0, y0) * (1 - fx) * (1 - fy) + p(x0 + 1, y0) * fx * (1 - fy) + p(x0, y0 + 1) * (1 - fx) * fy + p(x0 + 1, y0 + 1) * fx * fy;
    }
  }
  return out;
}

function plain(width: number, height: number, value: number): GrayImage {
  const img = createGray(width, height);
  img.data.fill(value);
  return img;
}

/** The card, turned, on the busy background (or a plain one), centred. */
export function photograph(card: GrayImage, options: { degrees: number; busy: boolean; seed?: number; pad?: number }): GrayImage {
  const turned = rotate(card, options.degrees, 0);
  const pad = options.pad ?? 0.25;
  const w = Math.round(turned.width * (1 + pad));
  const h = Math.round(turned.height * (1 + pad));
  const scene = options.busy ? busyBackground(w, h, options.seed) : plain(w, h, 200);
  // Where the turned card covers the scene, with soft (anti-aliased) edges.
  const mask = rotate({ data: new Uint8ClampedArray(card.width * card.height).fill(255), width: card.width, height: card.height }, options.degrees, 0);
  const ox = Math.round((w - turned.width) / 2);
  const oy = Math.round((h - turned.height) / 2);
  for (let y = 0; y < turned.height; y += 1) {
    for (let x = 0; x < turned.width; x += 1) {
      const m = (mask.data[y * mask.width + x] ?? 0) / 255;
      const i = (y + oy) * w + x + ox;
      scene.data[i] = (turned.data[y * turned.width + x] ?? 0) * m + (scene.data[i] ?? 0) * (1 - m);
    }
  }
  return scene;
}

/** Box blur of `radius`, three passes (close to a Gaussian of sigma ≈ radius). */
export function blur(img: GrayImage, radius: number): GrayImage {
  let out = img;
  for (let pass = 0; pass < 3; pass += 1) out = boxBlur(out, radius);
  return out;
}

function boxBlur(img: GrayImage, radius: number): GrayImage {
  if (radius <= 0) return img;
  const { width: w, height: h } = img;
  const tmp = new Float32Array(w * h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let s = 0;
      let n = 0;
      for (let k = -radius; k <= radius; k += 1) {
        const xx = x + k;
        if (xx >= 0 && xx < w) {
          s += img.data[y * w + xx] ?? 0;
          n += 1;
        }
      }
      tmp[y * w + x] = s / n;
    }
  }
  const out = createGray(w, h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) {
      let s = 0;
      let n = 0;
      for (let k = -radius; k <= radius; k += 1) {
        const yy = y + k;
        if (yy >= 0 && yy < h) {
          s += tmp[yy * w + x] ?? 0;
          n += 1;
        }
      }
      out.data[y * w + x] = s / n;
    }
  }
  return out;
}

/** Sensor noise of ± `amplitude` grey levels. */
export function noise(img: GrayImage, amplitude: number, seed = 3): GrayImage {
  const rnd = random(seed);
  const out = createGray(img.width, img.height);
  for (let i = 0; i < img.data.length; i += 1) out.data[i] = (img.data[i] ?? 0) + (rnd() * 2 - 1) * amplitude;
  return out;
}

/** Dim, washed-out light: levels squeezed into [low, high]. */
export function washOut(img: GrayImage, low: number, high: number): GrayImage {
  const out = createGray(img.width, img.height);
  for (let i = 0; i < img.data.length; i += 1) out.data[i] = low + ((img.data[i] ?? 0) / 255) * (high - low);
  return out;
}

/** Paints a filled square over part of the image: a code damaged beyond what error correction repairs. */
export function scratch(img: GrayImage, x: number, y: number, w: number, h: number, value: number): GrayImage {
  const out = { data: img.data.slice(), width: img.width, height: img.height };
  fillRect(out, x, y, w, h, value);
  return out;
}

/**
 * Uneven light, as under a desk lamp: brightness falling from 100 % to `darkest` across the image at an angle, plus a
 * soft glare spot from the card's glossy film. One global threshold cannot separate black from white on such a photo.
 */
export function unevenLight(img: GrayImage, darkest: number, seed = 4): GrayImage {
  const rnd = random(seed);
  const angle = rnd() * Math.PI * 2;
  const gx = Math.cos(angle);
  const gy = Math.sin(angle);
  const span = Math.abs(gx) * img.width + Math.abs(gy) * img.height;
  const glareX = img.width * (0.3 + rnd() * 0.4);
  const glareY = img.height * (0.3 + rnd() * 0.4);
  const glareR = Math.min(img.width, img.height) * 0.15;
  const out = createGray(img.width, img.height);
  for (let y = 0; y < img.height; y += 1) {
    for (let x = 0; x < img.width; x += 1) {
      const t = ((x * gx + y * gy) - Math.min(0, gx * img.width) - Math.min(0, gy * img.height)) / span;
      const light = darkest + (1 - darkest) * t;
      const d2 = ((x - glareX) ** 2 + (y - glareY) ** 2) / (glareR * glareR);
      const glare = 90 * Math.exp(-d2);
      out.data[y * img.width + x] = (img.data[y * img.width + x] ?? 0) * light + glare;
    }
  }
  return out;
}
