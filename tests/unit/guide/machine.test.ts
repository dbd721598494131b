import { describe, expect, it } from 'vitest';
import {
  enteredByBack,
  isTerminal,
  readState,
  resumableState,
  startState,
  transition,
  type GuideEvent,
  type GuideState,
} from '../../../utils/guide';
import { demoGuide, guideFrom, demoInput, TH } from './fixtures';

const T0 = 1_700_000_000_000;
const go = (state: GuideState, event: GuideEvent, at = T0 + 1000) => transition(demoGuide, state, event, at);
const at = (stepIndex: number, status: GuideState['status'], extra: Partial<GuideState> = {}): GuideState => ({
  ...startState(demoGuide, T0),
  stepIndex,
  status,
  ...extra,
});

describe('starting', () => {
  it('starts on step 1, waiting for its target when it has one', () => {
    expect(startState(demoGuide, T0)).toEqual({
      v: 1, guideId: 'thu-nghiem', stepIndex: 0, status: 'waiting-target', startedAt: T0, updatedAt: T0, history: [],
    });
  });

  it('starts running at once when step 1 has no target', () => {
    const guide = guideFrom({ ...demoInput, steps: [demoInput.steps[2]!] });
    expect(startState(guide, T0).status).toBe('running');
  });
});

describe('events', () => {
  it('target-found: waiting → running; target-lost: running → waiting', () => {
    const running = go(at(0, 'waiting-target'), { type: 'target-found' });
    expect(running.status).toBe('running');
    expect(go(running, { type: 'target-lost' }).status).toBe('waiting-target');
  });

  it('timeout: waiting → target-missing, and nothing when the target was found', () => {
    expect(go(at(0, 'waiting-target'), { type: 'timeout' }).status).toBe('target-missing');
    const running = at(0, 'running');
    expect(go(running, { type: 'timeout' })).toBe(running);
  });

  it('target-missing → found later → running', () => {
    expect(go(at(0, 'target-missing'), { type: 'target-found' }).status).toBe('running');
  });

  it('show-without-target: missing → running without a target; a target found later is used again', () => {
    const free = go(at(0, 'target-missing'), { type: 'show-without-target' });
    expect(free).toMatchObject({ status: 'running', untargeted: true });
    expect(go(free, { type: 'target-lost' })).toBe(free);
    expect(go(free, { type: 'target-found' })).toMatchObject({ status: 'running', untargeted: false });
  });

  it('next: moves on, records how, and waits for the new step’s target', () => {
    const next = go(at(0, 'running'), { type: 'next' }, T0 + 5);
    expect(next).toMatchObject({ stepIndex: 1, status: 'waiting-target', updatedAt: T0 + 5 });
    expect(next.history).toEqual([{ step: 0, via: 'next', at: T0 + 5 }]);
  });

  it('next onto a step without a target: running at once', () => {
    expect(go(at(1, 'running'), { type: 'next' })).toMatchObject({ stepIndex: 2, status: 'running' });
  });

  it('skip: moves on and records a skip', () => {
    const skipped = go(at(0, 'target-missing'), { type: 'skip' });
    expect(skipped.stepIndex).toBe(1);
    expect(skipped.history.at(-1)?.via).toBe('skipped');
  });

  it('complete: moves on for the current step, and ignores a stale report for another step', () => {
    const state = at(1, 'running');
    expect(go(state, { type: 'complete', stepIndex: 1 })).toMatchObject({ stepIndex: 2 });
    expect(go(state, { type: 'complete', stepIndex: 0 })).toBe(state);
  });

  it('back: moves back and remembers it; nothing on step 1', () => {
    const back = go(at(2, 'running'), { type: 'back' });
    expect(back).toMatchObject({ stepIndex: 1, status: 'waiting-target' });
    expect(enteredByBack(back)).toBe(true);
    const first = at(0, 'running');
    expect(go(first, { type: 'back' })).toBe(first);
  });

  it('close: ends the tour from any step', () => {
    const closed = go(at(1, 'target-missing'), { type: 'close' });
    expect(closed.status).toBe('closed');
    expect(isTerminal(closed)).toBe(true);
  });

  it('next, skip or complete on the last step finishes the tour', () => {
    for (const event of [{ type: 'next' }, { type: 'skip' }, { type: 'complete', stepIndex: 2 }] as GuideEvent[]) {
      const finished = go(at(2, 'running'), event);
      expect(finished.status).toBe('finished');
      expect(isTerminal(finished)).toBe(true);
    }
  });

  it('a finished or closed tour ignores every event', () => {
    const finished = at(2, 'finished');
    for (const type of ['next', 'back', 'close', 'skip', 'target-found', 'target-lost', 'timeout'] as const) {
      expect(go(finished, { type })).toBe(finished);
    }
  });

  it('url-changed: completes a URL step when the new URL matches, and only then', () => {
    const guide = guideFrom({
      ...demoInput,
      steps: [
        { id: 'mo-trang', title: demoInput.title, body: demoInput.summary, completion: { type: 'url', pattern: `${TH}/chi-tiet-thu-tuc/*` } },
        demoInput.steps[2]!,
      ],
    });
    const state = startState(guide, T0);
    expect(transition(guide, state, { type: 'url-changed', url: `${TH}/danh-muc-tthc` }, T0)).toBe(state);
    const done = transition(guide, state, { type: 'url-changed', url: `${TH}/chi-tiet-thu-tuc/1.000894` }, T0);
    expect(done).toMatchObject({ stepIndex: 1, history: [{ step: 0, via: 'completed', at: T0 }] });
  });

  it('url-changed: a missing target gets a fresh wait on the new page', () => {
    expect(go(at(0, 'target-missing'), { type: 'url-changed', url: `${TH}/tra-cuu` }).status).toBe('waiting-target');
  });

  it('events for another guide are ignored', () => {
    const other = { ...at(0, 'running'), guideId: 'khac' };
    expect(go(other, { type: 'next' })).toBe(other);
  });

  it('keeps at most 100 history entries', () => {
    let state = at(0, 'running');
    for (let i = 0; i < 120; i += 1) state = go(go(state, { type: 'next' }), { type: 'back' });
    expect(state.history).toHaveLength(100);
  });
});

describe('serialisation', () => {
  it('round-trips through JSON and passes the schema', () => {
    const state = go(go(at(0, 'running'), { type: 'next' }), { type: 'timeout' });
    const restored = readState(JSON.parse(JSON.stringify(state)));
    expect(restored).toEqual(state);
  });

  it('corrupt or foreign stored values read as nothing, so the tour starts fresh', () => {
    for (const raw of [undefined, null, 'guide', 42, {}, { ...at(0, 'running'), stepIndex: -1 }, { ...at(0, 'running'), status: 'paused' },
      { ...at(0, 'running'), v: 2 }, { ...at(0, 'running'), history: 'x' }]) {
      expect(readState(raw)).toBeUndefined();
      expect(resumableState(demoGuide, raw)).toBeUndefined();
    }
  });

  it('resumes only an unfinished tour of the same guide whose step exists', () => {
    expect(resumableState(demoGuide, at(1, 'running'))).toEqual(at(1, 'running'));
    expect(resumableState(demoGuide, at(1, 'closed'))).toBeUndefined();
    expect(resumableState(demoGuide, at(1, 'finished'))).toBeUndefined();
    expect(resumableState(demoGuide, at(9, 'running'))).toBeUndefined();
    expect(resumableState(demoGuide, { ...at(1, 'running'), guideId: 'khac' })).toBeUndefined();
  });
});
