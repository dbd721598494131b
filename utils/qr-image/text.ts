/**
 * The text of a decoded QR code. The CCCD stores UTF-8 in byte mode; the reader's own text is used only when the
 * bytes are not valid UTF-8 (other encodings), and a code that is neither comes back with U+FFFD marks, which the
 * caller can show as damaged instead of guessing.
 */
export function qrBytesToText(bytes: readonly number[], readerText: string): string {
  if (bytes.length === 0) return readerText;
  const array = Uint8Array.from(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(array);
  } catch {
    return readerText !== '' ? readerText : new TextDecoder('utf-8').decode(array);
  }
}
