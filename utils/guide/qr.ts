/**
 * A QR code as one SVG path, for the guide cards volunteers show residents. Drawn from the module matrix rather than
 * qrcode's SVG string so the component needs no innerHTML. Not for the content script (qrcode is ~10 KB).
 */
import { create } from 'qrcode';

export interface QrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Dark modules as an SVG path in module units. */
  path: string;
}

export function qrPath(text: string): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { size } = modules;
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) {
      if (!modules.get(row, col)) continue;
      let run = 1;
      while (col + run < size && modules.get(row, col + run)) run += 1;
      parts.push(`M${col} ${row}h${run}v1h-${run}z`);
      col += run - 1;
    }
  }
  return { size, path: parts.join('') };
}
