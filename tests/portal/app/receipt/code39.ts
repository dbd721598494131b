// Code 39 encoding (the receipt barcode, FACTS §9): each character is 9 elements, bar/space alternating from a bar,
// 3 of them wide. Patterns: n = narrow, w = wide (ISO/IEC 16388 table).
const PATTERNS: Record<string, string> = {
  '0': 'nnnwwnwnn', '1': 'wnnwnnnnw', '2': 'nnwwnnnnw', '3': 'wnwwnnnnn', '4': 'nnnwwnnnw',
  '5': 'wnnwwnnnn', '6': 'nnwwwnnnn', '7': 'nnnwnnwnw', '8': 'wnnwnnwnn', '9': 'nnwwnnwnn',
  A: 'wnnnnwnnw', B: 'nnwnnwnnw', C: 'wnwnnwnnn', D: 'nnnnwwnnw', E: 'wnnnwwnnn', F: 'nnwnwwnnn',
  G: 'nnnnnwwnw', H: 'wnnnnwwnn', I: 'nnwnnwwnn', J: 'nnnnwwwnn', K: 'wnnnnnnww', L: 'nnwnnnnww',
  M: 'wnwnnnnwn', N: 'nnnnwnnww', O: 'wnnnwnnwn', P: 'nnwnwnnwn', Q: 'nnnnnnwww', R: 'wnnnnnwwn',
  S: 'nnwnnnwwn', T: 'nnnnwnwwn', U: 'wwnnnnnnw', V: 'nwwnnnnnw', W: 'wwwnnnnnn', X: 'nwnnwnnnw',
  Y: 'wwnnwnnnn', Z: 'nwwnwnnnn', '-': 'nwnnnnwnw', '.': 'wwnnnnwnn', ' ': 'nwwnnnwnn', $: 'nwnwnwnnn',
  '/': 'nwnwnnnwn', '+': 'nwnnnwnwn', '%': 'nnnwnwnwn', '*': 'nwnnwnwnn',
};

export interface Bar {
  x: number;
  width: number;
}

/**
 * Bars (in module units) for `*TEXT*`, with one narrow gap between characters and a wide:narrow ratio of 3.
 * Throws on characters Code 39 cannot encode.
 */
export function code39Bars(text: string, wide = 3): { bars: Bar[]; width: number } {
  const chars = `*${text.toUpperCase()}*`;
  const bars: Bar[] = [];
  let x = 0;
  for (const [index, char] of [...chars].entries()) {
    const pattern = PATTERNS[char];
    if (!pattern) throw new Error(`Code 39 cannot encode "${char}"`);
    for (let i = 0; i < 9; i += 1) {
      const width = pattern[i] === 'w' ? wide : 1;
      if (i % 2 === 0) bars.push({ x, width });
      x += width;
    }
    if (index < chars.length - 1) x += 1;
  }
  return { bars, width: x };
}
