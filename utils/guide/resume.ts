/**
 * What the content script asks on every page load: is a tour running in this tab, and which guide is it?
 */
import type { Guide } from './schema';
import type { GuideState } from './state';
import type { GuideStateStore } from './session';
import { resumableState } from './machine';

export interface ActiveTour {
  guide: Guide;
  state: GuideState;
}

/** The tab's unfinished tour, or undefined when there is none or its state is unusable (then it is cleared). */
export async function loadActiveTour(store: GuideStateStore, guides: readonly Guide[]): Promise<ActiveTour | undefined> {
  const stored = await store.load().catch(() => undefined);
  if (!stored) return undefined;
  const guide = guides.find((candidate) => candidate.id === stored.guideId);
  const state = guide ? resumableState(guide, stored) : undefined;
  if (guide && state) return { guide, state };
  await store.clear().catch(() => undefined);
  return undefined;
}
