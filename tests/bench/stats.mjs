// @ts-check
/** Median and spread of repeated measurements. Nothing here asserts a time: figures are reported, never tested. */

/** @param {number[]} values */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ q) => {
    if (sorted.length === 0) return NaN;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const low = sorted[lo] ?? NaN;
    return low + ((sorted[hi] ?? NaN) - low) * (pos - lo);
  };
  return { n: sorted.length, median: at(0.5), p25: at(0.25), p75: at(0.75), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

/** @param {number} value @param {number} [digits] */
export function round(value, digits = 2) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Pairwise ratios of runs made side by side (run i with the extension against run i without). */
/** @param {number[]} numerators @param {number[]} denominators */
export function ratios(numerators, denominators) {
  return numerators.map((value, i) => value / (denominators[i] ?? NaN));
}
