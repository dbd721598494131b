/**
 * Folding Vietnamese text for comparison (never for storage: store and type NFC).
 *
 * NFD then strip combining marks removes tones and vowel marks, which also absorbs old versus new tone placement
 * (Hoá/Hóa, Thuỷ/Thủy) and NFC/NFD differences between datasets. đ/Đ have no decomposition, so map them explicitly.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** NFC with whitespace collapsed and trimmed: the form in which names and addresses are stored. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Whether two strings are equal once folded. */
export function foldedEquals(a: string, b: string): boolean {
  return fold(a) === fold(b);
}
