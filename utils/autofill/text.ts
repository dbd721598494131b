import { fold } from '../text';

/**
 * Folded text reduced to words for pattern matching: punctuation becomes a space, "/" stays as its own word
 * ("Tỉnh/thành:" → "tinh / thanh", "1. Họ, chữ đệm và tên:" → "1 ho chu dem va ten").
 */
export function cleanText(text: string): string {
  return fold(text)
    .replace(/[^a-z\d/]+/g, ' ')
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Short display text: NFC, spaces collapsed, trailing colon and required-star dropped, at most 80 characters. */
export function displayText(text: string): string {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').replace(/[\s:*]+$/, '').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}
