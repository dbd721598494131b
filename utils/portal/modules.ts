/**
 * On-demand parts of the content script. The parts every page needs (page detection, the corner UI, dossier capture)
 * are injected on every load; the heavy ones (the fill engine, the guide runner) are injected by the background only
 * when the person asks for them, into the same isolated world, where they register here. Page scripts live in another
 * world and cannot see this registry.
 */
import type { LookupOutcome } from '../dossier/capture/outcome';
import type { Profile } from '../profile/schema';
import type { GuideStateStore } from '../guide/session';
import type { PageWatcher } from './page-watcher';

export type ModuleName = 'capture' | 'guide' | 'fill';

/** How a module shows a notice in the corner UI the always-on part owns. */
export type Notify = (
  text: string,
  options?: { tone?: 'info' | 'success' | 'error'; actions?: { label: string; run(): void }[]; ttlMs?: number },
) => number;

export interface CaptureModule {
  /** Starts watching the page for codes (idempotent). */
  start(options: { watcher: PageWatcher; notify: Notify; ignoreSelector: string; signal: AbortSignal }): void;
  /** While the extension itself runs a lookup in this tab, the lookup flow reports the result: don't capture it twice. */
  pause(paused: boolean): void;
  /** The ID number of the profile used to fill the form on this page, once the person filled it. */
  setFilledIdNumber(idNumber: string | undefined): void;
  runLookup(request: { code: string; idNumber: string; timeoutMs: number }): Promise<LookupOutcome>;
}

export interface GuideModule {
  /** Starts (fresh) or resumes the guide's tour in this tab. */
  start(options: {
    guideId: string;
    fresh: boolean;
    volunteer: boolean;
    store: GuideStateStore;
    /** The element standing for the extension's own "Điền tự động" button, when the page shows it. */
    autofillTarget: () => Element | undefined;
    onEnd?: () => void;
  }): Promise<void>;
  stop(): void;
  readonly running: boolean;
}

export interface FillSummary {
  filled: number;
  leftEmpty: number;
  failed: number;
  differences: number;
}

export interface FillModule {
  /**
   * Fills the page's forms from the profile and draws the report (what was filled, what was left empty and why,
   * "Hoàn tác") into `reportContainer`. Only ever called after the person asked for it.
   */
  fill(options: { profile: Profile; reportContainer: HTMLElement; exclude: readonly Element[] }): Promise<FillSummary>;
  /** Whether a fill is running (the bar disables its button meanwhile). */
  readonly busy: boolean;
  /** Takes the report and the outlines off the page. */
  clear(): void;
}

interface Registry {
  capture?: CaptureModule;
  guide?: GuideModule;
  fill?: FillModule;
}

const KEY = Symbol.for('tro-ly-dvc.modules');

function registry(): Registry {
  const scope = globalThis as typeof globalThis & { [KEY]?: Registry };
  scope[KEY] ??= {};
  return scope[KEY];
}

export function registerModule<N extends ModuleName>(name: N, module: NonNullable<Registry[N]>): void {
  registry()[name] = module;
}

export function loadedModule<N extends ModuleName>(name: N): Registry[N] {
  return registry()[name];
}
