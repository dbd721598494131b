// @ts-check
/** Every benchmark case, in the order of the table. */
import size from './size.mjs';
import pageLoad from './page-load.mjs';
import mutations from './mutations.mjs';
import fill from './fill.mjs';
import popup from './popup.mjs';
import scan from './scan.mjs';
import guide from './guide.mjs';

/** @type {import('../run.mjs').BenchCase[]} */
export const CASES = [size, pageLoad, mutations, fill, popup, scan, guide];
