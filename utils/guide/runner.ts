/**
 * The DOM-facing side of a tour. It reports what it sees on the page to the state machine (target found or lost,
 * completion happened, URL changed), saves every new state, and hands the overlay a view to draw.
 *
 * Live portals re-render: the target is re-resolved from its locators whenever it is detached or hidden, on the first
 * animation frame after any DOM change, scroll or resize, so a replaced element is followed within one frame. The
 * runner never blocks the page: its listeners are passive and capture-phase, and it never prevents a default action.
 */
import type { Guide, Step } from './schema';
import type { GuideState } from './state';
import type { GuideStateStore } from './session';
import type { Rect } from './place';
import { buildView, sameView, type GuideView } from './view';
import { enteredByBack, isTerminal, resumableState, startState, transition, type GuideEvent } from './machine';
import { isVisible, locate, type LocateOptions } from './locate';
import { watchCompletions, type CompletionWatch } from './completions';
import { matchesUrlPattern } from './url-pattern';
import { watchPage } from './watch';
import { boxOf, revealTarget } from './reveal';

export interface GuideRunnerOptions {
  guide: Guide;
  store: GuideStateStore;
  document: Document;
  /** Draws a view; `undefined` means remove the overlay. */
  render: (view: GuideView | undefined) => void;
  /** The extension's UI host, never a target. */
  exclude?: Element | null;
  /** Resolves `{extension}` locators (the content script knows its own shadow root). Its root must be open. */
  resolveExtension?: LocateOptions['resolveExtension'];
  /** The tab's URL; the document's by default. */
  currentUrl?: () => string;
  /** Subscribes to SPA navigations (e.g. WXT's `wxt:locationchange` through the content-script context). */
  watchUrl?: (onChange: () => void) => () => void;
  /** How long to look for a target before saying it cannot be found. */
  waitMs?: number;
  /** How long a form library gets to show a validation error after a field changes. */
  settleMs?: number;
  now?: () => number;
  /** Called once when the tour finishes or is closed (its stored state is cleared by then). */
  onEnd?: (state: GuideState) => void;
}

export interface GuideRunner {
  /** Resumes this guide's stored tour, or starts it from step 1 (always from step 1 with `fresh`). */
  start(options?: { fresh?: boolean }): Promise<GuideState>;
  next(): void;
  back(): void;
  close(): void;
  skip(): void;
  showWithoutTarget(): void;
  /** Looks at the page again now instead of on the next frame. */
  refresh(): void;
  /** Detaches from the page and removes the overlay, keeping the stored state (the page is going away). */
  stop(): void;
  readonly state: GuideState | undefined;
  readonly target: Element | undefined;
  readonly view: GuideView | undefined;
}

export function createGuideRunner(options: GuideRunnerOptions): GuideRunner {
  const { guide, store, document: doc, render } = options;
  const win = doc.defaultView ?? window;
  const now = options.now ?? Date.now;
  const currentUrl = options.currentUrl ?? (() => doc.location.href);
  const waitMs = options.waitMs ?? 6000;
  const settleMs = options.settleMs ?? 250;
  const locating: LocateOptions = { exclude: options.exclude, resolveExtension: options.resolveExtension };

  let state: GuideState | undefined;
  let target: Element | undefined;
  let view: GuideView | undefined;
  let url = '';
  let active = false;
  let frame = 0;
  let waitTimer: ReturnType<typeof setTimeout> | undefined;
  let completions: CompletionWatch | undefined;
  /** An 'appear' completion fires when its element appears, not when it was already there after 'Quay lại'. */
  let appearArmed = true;
  let scrolledStep = -1;
  /** Bumped by stop(), so a start() still waiting for storage does not attach afterwards. */
  let generation = 0;
  let detach: Array<() => void> = [];
  const resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => schedule()) : undefined;

  const currentStep = (): Step | undefined => (state ? guide.steps[state.stepIndex] : undefined);
  const onPage = (step: Step): boolean => !step.page || matchesUrlPattern(step.page.url, url);

  function persist(next: GuideState): void {
    // Called at once, not chained behind an earlier write: a click that navigates away (to the login page, to the
    // payment platform) must have its new step on its way before the page unloads. Writes are issued in order.
    void (isTerminal(next) ? store.clear() : store.save(next)).catch(() => undefined);
  }

  function dispatch(event: GuideEvent): void {
    if (!active || !state) return;
    const before = state;
    const after = transition(guide, before, event, now());
    if (after === before) return;
    state = after;
    persist(after);
    if (isTerminal(after)) end(after);
    else if (after.stepIndex !== before.stepIndex) enterStep();
    else {
      syncWaitTimer();
      paint();
    }
  }

  function setTarget(element: Element | undefined): void {
    if (element === target) return;
    if (target) resizeObserver?.unobserve(target);
    target = element;
    if (element) resizeObserver?.observe(element);
  }

  function clearTimers(): void {
    clearTimeout(waitTimer);
    waitTimer = undefined;
    completions?.reset();
  }

  function enterStep(): void {
    const entered = state;
    const step = currentStep();
    if (!entered || !step) return;
    setTarget(undefined);
    clearTimers();
    const back = enteredByBack(entered);
    appearArmed = true;
    if (step.completion.type === 'appear' && onPage(step)) {
      const present = locate(doc, step.completion.locators, locating) !== undefined;
      if (present && !back) return dispatch({ type: 'complete', stepIndex: entered.stepIndex });
      appearArmed = !present;
    }
    // A URL completion already true (e.g. back from a login round trip) completes the step; after 'Quay lại' it must not.
    if (!back) {
      dispatch({ type: 'url-changed', url });
      if (!active || state?.stepIndex !== entered.stepIndex) return;
    }
    check();
  }

  function track(step: Step & { target: NonNullable<Step['target']> }): void {
    if (target && target.isConnected && isVisible(target)) return;
    const found = locate(doc, step.target, locating);
    setTarget(found?.element);
    if (!found) return dispatch({ type: 'target-lost' });
    dispatch({ type: 'target-found' });
    if (state && scrolledStep !== state.stepIndex) {
      scrolledStep = state.stepIndex;
      revealTarget(found.element);
    }
  }

  /** One look at the page: URL, appear completion, target. Runs at most once per animation frame. */
  function check(): void {
    frame = 0;
    if (!active || !state) return;
    const latest = currentUrl();
    if (latest !== url) {
      url = latest;
      const index = state.stepIndex;
      dispatch({ type: 'url-changed', url });
      if (!active || !state || state.stepIndex !== index) return;
    }
    const step = currentStep();
    if (!step) return;
    if (onPage(step)) {
      if (step.completion.type === 'appear') {
        const present = locate(doc, step.completion.locators, locating) !== undefined;
        if (present && appearArmed) return dispatch({ type: 'complete', stepIndex: state.stepIndex });
        if (!present) appearArmed = true;
      }
      if (step.target) {
        const index = state.stepIndex;
        track({ ...step, target: step.target });
        if (!active || !state || state.stepIndex !== index) return;
        if (step.completion.type === 'valid' && completions?.leftFieldNowValid(index)) return dispatch({ type: 'complete', stepIndex: index });
      }
    } else {
      setTarget(undefined);
    }
    syncWaitTimer();
    paint();
  }

  function syncWaitTimer(): void {
    const step = currentStep();
    const waiting = !!step && state?.status === 'waiting-target' && onPage(step);
    if (waiting && waitTimer === undefined) {
      waitTimer = setTimeout(() => {
        waitTimer = undefined;
        dispatch({ type: 'timeout' });
      }, waitMs);
    } else if (!waiting && waitTimer !== undefined) {
      clearTimeout(waitTimer);
      waitTimer = undefined;
    }
  }

  function paint(): void {
    const step = currentStep();
    if (!active || !state || !step) return;
    const rect: Rect | undefined = target ? boxOf(target) : undefined;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const next = buildView(guide, state, { onPage: onPage(step), viewport, ...(rect ? { rect } : {}) });
    if (sameView(view, next)) return;
    view = next;
    render(next);
  }

  function schedule(): void {
    if (active && !frame) frame = win.requestAnimationFrame(check);
  }

  function attach(): void {
    detach.push(watchPage(doc, schedule, { watchUrl: options.watchUrl }));
    const watch = watchCompletions(doc, {
      current: () => {
        const step = currentStep();
        return state && step ? { stepIndex: state.stepIndex, step, target } : undefined;
      },
      complete: (stepIndex) => dispatch({ type: 'complete', stepIndex }),
      exclude: options.exclude,
      settleMs,
    });
    completions = watch;
    detach.push(() => {
      watch.detach();
      completions = undefined;
    });
  }

  function teardown(): void {
    active = false;
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    clearTimers();
    for (const undo of detach) undo();
    detach = [];
    resizeObserver?.disconnect();
    target = undefined;
    view = undefined;
    render(undefined);
  }

  function end(final: GuideState): void {
    teardown();
    options.onEnd?.(final);
  }

  return {
    async start(startOptions) {
      if (active && state) return state;
      const started = generation;
      const stored = startOptions?.fresh ? undefined : await store.load().catch(() => undefined);
      const resumed = resumableState(guide, stored);
      if (started !== generation) return resumed ?? startState(guide, now());
      state = resumed ?? startState(guide, now());
      if (!resumed) persist(state);
      active = true;
      url = currentUrl();
      attach();
      enterStep();
      return state;
    },
    next: () => dispatch({ type: 'next' }),
    back: () => dispatch({ type: 'back' }),
    close: () => dispatch({ type: 'close' }),
    skip: () => dispatch({ type: 'skip' }),
    showWithoutTarget: () => dispatch({ type: 'show-without-target' }),
    refresh: () => {
      if (frame) win.cancelAnimationFrame(frame);
      check();
    },
    stop: () => {
      generation += 1;
      if (active) teardown();
    },
    get state() {
      return state;
    },
    get target() {
      return target;
    },
    get view() {
      return view;
    },
  };
}
