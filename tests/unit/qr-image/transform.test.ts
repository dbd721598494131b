import { describe, expect, it } from 'vitest';
import { binarize, crop, fitLongSide, otsuThreshold, qrBytesToText, resize, tiles, toGray, toRgba } from '../../../utils/qr-image';
import type { GrayImage } from '../../../utils/qr-image';

function gray(width: number, height: number, pixel: (x: number, y: number) => number): GrayImage {
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) data[y * width + x] = pixel(x, y);
  return { data, width, height };
}

const rows = (img: GrayImage): number[][] =>
  Array.from({ length: img.height }, (_, y) => Array.from(img.data.subarray(y * img.width, (y + 1) * img.width)));

describe('pixels', () => {
  it('turns RGBA into luminance and composites transparency over white', () => {
    const rgba = { data: new Uint8ClampedArray([255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 255, 200, 200, 200, 128]), width: 4, height: 1 };
    // 200 at alpha 128/255 over white: 200·128/255 + 255·127/255 ≈ 227.4.
    expect([...toGray(rgba).data]).toEqual([76, 255, 0, 227]);
    const back = toRgba(toGray(rgba));
    expect([...back.data.subarray(0, 8)]).toEqual([76, 76, 76, 255, 255, 255, 255, 255]);
  });

  it('decodes the code as UTF-8, and falls back to the reader\'s text for other bytes', () => {
    const bytes = [...new TextEncoder().encode('Nguyễn Văn An|Nữ')];
    expect(qrBytesToText(bytes, 'ignored')).toBe('Nguyễn Văn An|Nữ');
    expect(qrBytesToText([0xc3, 0x28], 'Ã(')).toBe('Ã(');
    expect(qrBytesToText([0xc3, 0x28], '')).toBe('\ufffd(');
    expect(qrBytesToText([], 'abc')).toBe('abc');
  });
});

describe('resizing', () => {
  it('averages areas when shrinking, so a 2×2 checkerboard halves into mid-grey and the mean is kept', () => {
    const board = gray(8, 8, (x, y) => ((x + y) % 2 === 0 ? 0 : 200));
    const half = resize(board, 4, 4);
    expect(half.width).toBe(4);
    expect(new Set(half.data)).toEqual(new Set([100]));
  });

  it('keeps blocks when shrinking by a whole factor, and interpolates when enlarging', () => {
    const blocks = gray(4, 4, (x) => (x < 2 ? 0 : 255));
    expect(rows(resize(blocks, 2, 2))).toEqual([[0, 255], [0, 255]]);
    const up = resize(gray(2, 1, (x) => (x === 0 ? 0 : 200)), 4, 1);
    expect(rows(up)).toEqual([[0, 50, 150, 200]]);
  });

  it('fits the long side to a size, keeping the proportions', () => {
    const photo = fitLongSide(gray(400, 300, () => 0), 100);
    expect([photo.width, photo.height]).toEqual([100, 75]);
  });
});

describe('thresholds', () => {
  it('finds a threshold between the two peaks of a bimodal picture and makes it black and white', () => {
    const img = gray(20, 20, (x, y) => (((x >> 2) + (y >> 2)) % 2 === 0 ? 40 + (x % 3) : 200 - (y % 3)));
    const t = otsuThreshold(img);
    expect(t).toBeGreaterThanOrEqual(42);
    expect(t).toBeLessThan(198);
    const bw = binarize(img);
    expect(new Set(bw.data)).toEqual(new Set([0, 255]));
    expect(bw.data[0]).toBe(0);
    expect(bw.data[4]).toBe(255);
  });

});

describe('cutting', () => {
  it('crops a rectangle, clamped to the picture', () => {
    const img = gray(4, 3, (x, y) => y * 4 + x);
    expect(rows(crop(img, 1, 1, 2, 2))).toEqual([[5, 6], [9, 10]]);
    expect(crop(img, 3, 2, 10, 10).width).toBe(1);
  });

  it('covers the whole picture with overlapping tiles', () => {
    const img = gray(100, 60, () => 0);
    const parts = tiles(img, 3, 0.45);
    expect(parts).toHaveLength(9);
    for (const t of parts) {
      expect(t.width).toBe(45);
      expect(t.height).toBe(27);
    }
    // 3 tiles of 45 % stepping (100 − 45) / 2 = 27.5: every column is in at least one tile.
    const covered = new Set<number>();
    for (let col = 0; col < 3; col += 1) for (let x = Math.floor(col * 27.5); x < Math.floor(col * 27.5) + 45; x += 1) covered.add(x);
    expect(covered.size).toBe(100);
  });
});
