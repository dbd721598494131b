/**
 * The tour as a pure state machine: (guide, state, event, time) → state. No DOM and no storage, so every rule about
 * moving between steps is testable on its own and the runner only reports what it sees.
 */
import type { Guide } from './schema';
import { HISTORY_LIMIT, readState, type GuideState, type GuideStatus, type HistoryEntry } from './state';
import { matchesUrlPattern } from './url-pattern';

export type GuideEvent =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'close' }
  | { type: 'skip' }
  /** The step's completion happened; stale reports (for another step) are ignored. */
  | { type: 'complete'; stepIndex: number }
  | { type: 'target-found' }
  | { type: 'target-lost' }
  /** Waited long enough for the target. */
  | { type: 'timeout' }
  | { type: 'url-changed'; url: string }
  /** The user chose to read the step without a target after it could not be found. */
  | { type: 'show-without-target' };

function entryStatus(guide: Guide, stepIndex: number): GuideStatus {
  return guide.steps[stepIndex]?.target ? 'waiting-target' : 'running';
}

export function startState(guide: Guide, now: number): GuideState {
  return { v: 1, guideId: guide.id, stepIndex: 0, status: entryStatus(guide, 0), startedAt: now, updatedAt: now, history: [] };
}

export function isTerminal(state: GuideState): boolean {
  return state.status === 'finished' || state.status === 'closed';
}

/** Whether the current step was reached with 'Quay lại': then a completion already true must not skip it again. */
export function enteredByBack(state: GuideState): boolean {
  return state.history.at(-1)?.via === 'back';
}

function record(state: GuideState, via: HistoryEntry['via'], now: number): HistoryEntry[] {
  return [...state.history, { step: state.stepIndex, via, at: now }].slice(-HISTORY_LIMIT);
}

function goTo(guide: Guide, state: GuideState, stepIndex: number, via: HistoryEntry['via'], now: number): GuideState {
  const history = record(state, via, now);
  if (stepIndex >= guide.steps.length) return { ...state, status: 'finished', untargeted: false, updatedAt: now, history };
  return { ...state, stepIndex, status: entryStatus(guide, stepIndex), untargeted: false, updatedAt: now, history };
}

function withStatus(state: GuideState, status: GuideStatus, now: number, untargeted = state.untargeted): GuideState {
  return { ...state, status, untargeted, updatedAt: now };
}

/** The next state; the same object when the event does not apply, so callers can skip saving and rendering. */
export function transition(guide: Guide, state: GuideState, event: GuideEvent, now: number): GuideState {
  if (isTerminal(state) || state.guideId !== guide.id) return state;
  const step = guide.steps[state.stepIndex];
  if (!step) return withStatus(state, 'closed', now);
  const { status } = state;
  switch (event.type) {
    case 'next':
      return goTo(guide, state, state.stepIndex + 1, 'next', now);
    case 'skip':
      return goTo(guide, state, state.stepIndex + 1, 'skipped', now);
    case 'complete':
      return event.stepIndex === state.stepIndex ? goTo(guide, state, state.stepIndex + 1, 'completed', now) : state;
    case 'back':
      return state.stepIndex > 0 ? goTo(guide, state, state.stepIndex - 1, 'back', now) : state;
    case 'close':
      return withStatus(state, 'closed', now);
    case 'target-found':
      if (!step.target) return state;
      return status !== 'running' || state.untargeted ? withStatus(state, 'running', now, false) : state;
    case 'target-lost':
      return step.target && status === 'running' && !state.untargeted ? withStatus(state, 'waiting-target', now) : state;
    case 'timeout':
      return status === 'waiting-target' ? withStatus(state, 'target-missing', now) : state;
    case 'show-without-target':
      return status === 'waiting-target' || status === 'target-missing' ? withStatus(state, 'running', now, true) : state;
    case 'url-changed':
      if (step.completion.type === 'url' && matchesUrlPattern(step.completion.pattern, event.url)) {
        return goTo(guide, state, state.stepIndex + 1, 'completed', now);
      }
      // A new page deserves a fresh wait before "not found".
      return status === 'target-missing' ? withStatus(state, 'waiting-target', now) : state;
  }
}

/** A stored state to resume for this guide, or undefined (corrupt, another guide, finished, or out of range). */
export function resumableState(guide: Guide, raw: unknown): GuideState | undefined {
  const state = readState(raw);
  if (!state || state.guideId !== guide.id || isTerminal(state) || state.stepIndex >= guide.steps.length) return undefined;
  return state;
}
