/**
 * Reading the CCCD's QR code from synthetic photos (see photo.ts): each variant must be read, exactly, by the full
 * strategy list, while jsQR alone on the picture scaled to 1024 pixels (what a plain integration does) misses some:
 * that difference is what the strategies are for. The numbers behind the order are in README.md.
 */
import { describe, expect, it } from 'vitest';
import { decodeQr, PHOTO_STRATEGIES } from '../../../utils/qr-image';
import type { GrayImage, Strategy } from '../../../utils/qr-image';
import { blur, busyBackground, noise, photograph, renderCard, renderQr, scratch, unevenLight, washOut } from './photo';

const LINE =
  '038090012345|173456789|Nguyễn Văn An|15031990|Nam|Số 25 đường Lê Lợi, Phường Điện Biên, Thành phố Thanh Hóa, Tỉnh Thanh Hóa|10052021';
const QR = renderQr(LINE, 4, 4, 'M');
const PLAIN: readonly Strategy[] = [{ name: 'as-is-1024', make: (sized) => sized(1024) }];

const VARIANTS: readonly (readonly [string, () => GrayImage])[] = [
  ['turned 45°, plain desk', () => photograph(renderCard(QR, 1400, 1), { degrees: 45, busy: false })],
  ['turned 17°, cluttered desk, blurred, noisy', () => noise(blur(photograph(renderCard(QR, 1300, 2), { degrees: 17, busy: true, seed: 2 }), 1), 12, 2)],
  ['a quarter turn, small in the picture (3 px per module)', () => photograph(renderCard(QR, 900, 3), { degrees: 270, busy: false })],
  ['turned −35°, cluttered desk, shadow and glare', () => unevenLight(blur(photograph(renderCard(QR, 1300, 4), { degrees: -35, busy: true, seed: 4 }), 1), 0.5, 4)],
  ['dim and washed out, noisy', () => noise(washOut(photograph(renderCard(QR, 1100, 5), { degrees: 3, busy: false }), 90, 160), 8, 5)],
];

describe('reading the QR code of a photographed card', () => {
  it('reads a clean code exactly, Vietnamese letters included, at the first pass', async () => {
    const result = await decodeQr(QR);
    expect(result).toMatchObject({ ok: true, text: LINE, attempts: 1 });
  });

  it('reads every photo variant, where jsQR alone misses some', { timeout: 240_000 }, async () => {
    let plainRead = 0;
    for (const [name, make] of VARIANTS) {
      const photo = make();
      const result = await decodeQr(photo, { budgetMs: Number.POSITIVE_INFINITY });
      expect(result.ok && result.text, name).toBe(LINE);
      const plain = await decodeQr(photo, { strategies: PLAIN });
      if (plain.ok && plain.text === LINE) plainRead += 1;
    }
    expect(plainRead).toBeLessThan(VARIANTS.length);
  });

  it('gives up on a code covered beyond repair, after trying every variant, without throwing', { timeout: 240_000 }, async () => {
    const card = renderCard(QR, 1100, 6);
    const side = 1100 * 0.2;
    const left = 1100 * 0.77;
    const top = Math.round((1100 * 54) / 85.6) * 0.04;
    const covered = scratch(scratch(card, left, top, side * 0.45, side * 0.45, 235), left + side * 0.3, top + side * 0.4, side * 0.6, side * 0.25, 30);
    const result = await decodeQr(photograph(covered, { degrees: 5, busy: false }), { budgetMs: Number.POSITIVE_INFINITY });
    expect(result.ok).toBe(false);
    // Tiles count one pass each: 9 per tiled strategy.
    const passes = PHOTO_STRATEGIES.reduce((n, s) => n + (s.name.startsWith('tiles') ? 9 : 1), 0);
    expect(result.attempts).toBe(passes);
  });

  it('finds nothing in a picture without a code', { timeout: 240_000 }, async () => {
    const result = await decodeQr(busyBackground(900, 700, 9), { budgetMs: Number.POSITIVE_INFINITY });
    expect(result.ok).toBe(false);
  });

  it('stops trying further variants once the time budget is spent', async () => {
    const result = await decodeQr(busyBackground(600, 400, 10), { budgetMs: 0 });
    expect(result).toMatchObject({ ok: false, attempts: 1 });
  });

  it('yields to the page between passes', async () => {
    let yields = 0;
    const result = await decodeQr(busyBackground(300, 200, 11), { strategies: PHOTO_STRATEGIES.slice(0, 2), between: async () => { yields += 1; } });
    expect(result.ok).toBe(false);
    expect(yields).toBe(result.attempts);
  });
});
