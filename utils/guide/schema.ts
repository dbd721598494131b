/**
 * Guides as data. A guide is validated with these schemas before anything uses it, whether it is built in or arrives
 * from elsewhere later, so a typo in a guide file fails a unit test instead of a resident's tour.
 */
import * as z from 'zod/mini';
import { isOfficialUrl } from '../portal/origins';
import { isUrlPattern } from './url-pattern';

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** A slug: lower-case ASCII words joined by hyphens (guide ids end up in URLs and storage keys). */
const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a slug such as "nop-ho-so"'));

/** User-facing text: Vietnamese first, English second. Limits keep the popover small. */
export function bilingual(max: number) {
  const part = z.string().check(z.trim(), z.minLength(1), z.maxLength(max, `At most ${max} characters`));
  return z.strictObject({ vi: part, en: part });
}
export const Text = bilingual(600);
export type Text = z.infer<typeof Text>;
const Title = bilingual(90);

export const UrlPattern = z.string().check(
  z.refine(isUrlPattern, 'Expected a URL pattern on an official portal, e.g. "https://dichvucong.thanhhoa.gov.vn/portaldvc/tra-cuu"'),
);
const OfficialUrl = z.string().check(z.refine((value) => isOfficialUrl(value), 'Expected an https URL on an official portal'));

/** Roles a guide may ask for. Each maps to its implicit HTML elements in a11y.ts. */
export const ROLES = [
  'button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'heading', 'tab', 'menuitem', 'dialog',
  'table',
] as const;
export type Role = (typeof ROLES)[number];

/** Extension UI a step may point at; the content script resolves these, since they live in its shadow root. */
export const EXTENSION_TARGETS = ['autofill-button'] as const;
export type ExtensionTarget = (typeof EXTENSION_TARGETS)[number];

/**
 * Where to point, most robust first. Several kinds exist so that a changed class name does not break a guide:
 * `css` a selector; `role` + `name` the accessible name (folded); `label` the control a label names; `text` an element
 * whose own visible text equals this (folded), preferring buttons and links; `extension` the extension's own UI.
 */
export const Locator = z.union(
  [
    z.strictObject({ css: nonEmpty }),
    z.strictObject({ role: z.enum(ROLES), name: nonEmpty }),
    z.strictObject({ label: nonEmpty }),
    z.strictObject({ text: nonEmpty }),
    z.strictObject({ extension: z.enum(EXTENSION_TARGETS) }),
  ],
  {
    error: 'Invalid locator: expected exactly one of {css}, {role, name}, {label}, {text} or {extension}',
  },
);
export type Locator = z.infer<typeof Locator>;

const Locators = z.array(Locator).check(z.minLength(1, 'Give at least one locator'));

export const Placement = z.enum(['top', 'bottom', 'left', 'right', 'auto']);
export type Placement = z.infer<typeof Placement>;

/**
 * How a step completes by itself: the user clicks the target; the target field has a value and no error once the user
 * leaves it; the tab's URL matches; one of some elements appears; or only when 'Tiếp' is pressed.
 */
export const Completion = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('click') }),
  z.strictObject({ type: z.literal('valid') }),
  z.strictObject({ type: z.literal('url'), pattern: UrlPattern }),
  z.strictObject({ type: z.literal('appear'), locators: Locators }),
  z.strictObject({ type: z.literal('next') }),
]);
export type Completion = z.infer<typeof Completion>;

/**
 * The page a step belongs to. When the tab is elsewhere the overlay offers "Mở trang <name>" (a link to `open` when
 * given) instead of searching for a target that cannot be there.
 */
export const StepPage = z.strictObject({
  url: UrlPattern,
  name: Title,
  open: z.optional(OfficialUrl),
});
export type StepPage = z.infer<typeof StepPage>;

export const Step = z
  .strictObject({
    id: Slug,
    title: Title,
    body: Text,
    target: z.optional(Locators),
    placement: z._default(Placement, 'auto'),
    completion: z._default(Completion, { type: 'next' }),
    page: z.optional(StepPage),
  })
  .check(
    z.refine(
      (step) => step.target !== undefined || (step.completion.type !== 'click' && step.completion.type !== 'valid'),
      { message: 'A step that completes on "click" or "valid" needs a target', path: ['completion'] },
    ),
  );
export type Step = z.infer<typeof Step>;
export type StepInput = z.input<typeof Step>;

/** A procedure code (mã TTHC, e.g. 1.000894.000.00.00.H56) or "*" for a guide that applies to any procedure. */
const ProcedureCode = z.string().check(z.regex(/^(?:\*|\d+\.\d{6}(?:\.[0-9A-Z]+)*)$/, 'Expected a procedure code or "*"'));

export const Guide = z
  .strictObject({
    id: Slug,
    title: Title,
    summary: Text,
    procedures: z.array(ProcedureCode),
    start: z.strictObject({ url: OfficialUrl, match: UrlPattern }),
    steps: z.array(Step).check(z.minLength(1, 'A guide needs at least one step'), z.maxLength(30)),
  })
  .check(
    z.refine((guide) => new Set(guide.steps.map((step) => step.id)).size === guide.steps.length, {
      message: 'Step ids must be unique within a guide',
      path: ['steps'],
    }),
  );
export type Guide = z.infer<typeof Guide>;
export type GuideInput = z.input<typeof Guide>;

export type GuideParseResult = { ok: true; guide: Guide } | { ok: false; error: string };

/** Validates guide data; the error names the guide (when it has an id) and every path that failed. */
export function parseGuide(data: unknown): GuideParseResult {
  const result = Guide.safeParse(data);
  if (result.success) return { ok: true, guide: result.data };
  const id = typeof data === 'object' && data !== null && 'id' in data ? String(data.id) : '(no id)';
  return { ok: false, error: `Guide "${id}" is invalid:\n${z.prettifyError(result.error)}` };
}
