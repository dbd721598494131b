// Imported before any Form.io form renders: flatpickr is bundled and published as window.flatpickr, because formiojs
// would otherwise fetch it from its CDN (WIDGETS.md pitfalls); there is no network at run time. Form.io also asks for
// the calendar locale of the form's language ("flatpickr-vi") the same way, so that is published too.
import flatpickr from 'flatpickr';
import { Vietnamese } from 'flatpickr/dist/l10n/vn.js';
import 'flatpickr/dist/flatpickr.min.css';
import 'formiojs/dist/formio.full.min.css';

flatpickr.l10ns.vi = Vietnamese;
Object.assign(window, { flatpickr, 'flatpickr-vi': Vietnamese });
