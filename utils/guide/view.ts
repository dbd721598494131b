/**
 * What the overlay needs to draw one moment of a tour. The runner builds it; the overlay component renders it and
 * knows nothing about locators, storage or the page.
 */
import type { Guide, Placement, StepPage, Text } from './schema';
import type { GuideState } from './state';
import type { Rect, Size } from './place';

/**
 * target: spotlight on the found element; free: no target (by design or by the user's choice); waiting: still looking;
 * missing: gave up looking, offer skip or free; off-page: the step belongs to another page, offer to open it.
 */
export type GuideViewMode = 'target' | 'free' | 'waiting' | 'missing' | 'off-page';

export interface GuideView {
  guideId: string;
  guideTitle: Text;
  stepId: string;
  stepIndex: number;
  stepCount: number;
  title: Text;
  body: Text;
  placement: Placement;
  mode: GuideViewMode;
  /** The target's box in viewport coordinates (mode 'target'). */
  rect?: Rect;
  /** The page this step belongs to (mode 'off-page'). */
  page?: StepPage;
  /** The viewport the rect is relative to, so the overlay can place its popover without reading the window. */
  viewport: Size;
  canBack: boolean;
}

export function buildView(guide: Guide, state: GuideState, seen: { onPage: boolean; rect?: Rect; viewport: Size }): GuideView | undefined {
  const step = guide.steps[state.stepIndex];
  if (!step) return undefined;
  let mode: GuideViewMode;
  if (!seen.onPage && step.page) mode = 'off-page';
  else if (state.status === 'waiting-target') mode = 'waiting';
  else if (state.status === 'target-missing') mode = 'missing';
  else mode = seen.rect && step.target && !state.untargeted ? 'target' : 'free';
  return {
    guideId: guide.id,
    guideTitle: guide.title,
    stepId: step.id,
    stepIndex: state.stepIndex,
    stepCount: guide.steps.length,
    title: step.title,
    body: step.body,
    placement: step.placement,
    mode,
    ...(mode === 'target' && seen.rect ? { rect: seen.rect } : {}),
    ...(mode === 'off-page' && step.page ? { page: step.page } : {}),
    viewport: seen.viewport,
    canBack: state.stepIndex > 0,
  };
}

function sameRect(a: Rect | undefined, b: Rect | undefined): boolean {
  if (!a || !b) return a === b;
  return a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
}

/** Whether two views draw the same thing (the runner skips rendering when nothing moved). */
export function sameView(a: GuideView | undefined, b: GuideView | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.guideId === b.guideId &&
    a.stepIndex === b.stepIndex && a.mode === b.mode &&
    sameRect(a.rect, b.rect) &&
    a.viewport.width === b.viewport.width &&
    a.viewport.height === b.viewport.height
  );
}
