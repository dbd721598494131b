/**
 * Tidying a line before it is split: what USB scanners, clipboards and decoders add or break around the data.
 * Nothing here guesses at content; it only undoes transport damage that has exactly one reading.
 */

/** Windows-1252 characters for bytes 0x80–0x9F, the way a UTF-8 line read as "ANSI" shows them. */
const CP1252: Readonly<Record<number, number>> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87, 0x02c6: 0x88,
  0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93,
  0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** A UTF-8 lead byte shown as Latin-1 (Ã, Ä, Æ, á…) followed by a continuation byte shown the same way. */
const MOJIBAKE = /[\u00c2-\u00c6\u00e1-\u00e3][\u0080-\u00bf\u0152-\u0178\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/u;

/**
 * "Nguyá»…n" → "Nguyễn": a UTF-8 line that something decoded as Windows-1252. Repaired only when every character maps
 * back to one byte and those bytes are valid UTF-8, so a real Vietnamese line (ư, ạ… are above U+00FF) is never touched.
 */
export function repairMojibake(text: string): string | undefined {
  if (!MOJIBAKE.test(text)) return undefined;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const byte = code <= 0xff ? code : CP1252[code];
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

export interface CleanLine {
  text: string;
  repairedEncoding: boolean;
}

/**
 * NFC; without the byte-order mark, zero-width characters, the line break a scanner ends with, and the AIM symbology
 * prefix ("]Q1") some scanners are set to send before a QR code's data.
 */
export function cleanLine(raw: string): CleanLine {
  let text = raw.replace(/[\ufeff\u200b-\u200d\u2060]/g, '').replace(/^[\s]+|[\s]+$/g, '');
  text = text.replace(/^\]Q\d/, '');
  const repaired = repairMojibake(text);
  return { text: (repaired ?? text).normalize('NFC'), repairedEncoding: repaired !== undefined };
}
