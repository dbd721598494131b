import { afterEach, describe, expect, it } from 'vitest';
import { memoryGuideStore, startState } from '../../../utils/guide';
import { demoGuide, demoInput, guideFrom, settle, sleep, TH } from './fixtures';
import { byId, cleanUp, setup } from './runner-setup';

afterEach(cleanUp);

describe('runner: finding and following the target', () => {
  it('starts fresh, saves the state, and spotlights the first step’s target', async () => {
    const { runner, store, view } = setup();
    await runner.start();
    expect(runner.target).toBe(byId('search'));
    expect(runner.state).toMatchObject({ stepIndex: 0, status: 'running' });
    expect(view.last).toMatchObject({ stepIndex: 0, stepCount: 3, mode: 'target', title: { vi: 'Bấm nút' } });
    await settle();
    expect(store.raw).toMatchObject({ guideId: 'thu-nghiem', stepIndex: 0, status: 'running' });
  });

  it('re-finds the target within one frame when the page re-renders it (element replaced)', async () => {
    const { runner } = setup();
    await runner.start();
    const replacement = document.createElement('button');
    replacement.textContent = 'Tra cứu';
    byId('search').replaceWith(replacement);
    await settle();
    expect(runner.target).toBe(replacement);
    expect(runner.state?.status).toBe('running');
  });

  it('target removed → waiting; re-added → found again', async () => {
    const { runner, view } = setup();
    await runner.start();
    byId('search').remove();
    await settle();
    expect(runner.state?.status).toBe('waiting-target');
    expect(view.last?.mode).toBe('waiting');
    const again = document.createElement('button');
    again.textContent = 'Tra cứu';
    document.body.prepend(again);
    await settle();
    expect(runner.target).toBe(again);
    expect(view.last?.mode).toBe('target');
  });

  it('a target that becomes hidden counts as lost', async () => {
    const { runner } = setup();
    await runner.start();
    byId('search').hidden = true;
    await settle();
    expect(runner.state?.status).toBe('waiting-target');
  });

  it('waits for a target that is not there yet, then finds it when it appears', async () => {
    const { runner, view } = setup({ html: '<main id="app"></main>' });
    await runner.start();
    expect(view.last?.mode).toBe('waiting');
    byId('app').innerHTML = '<button>Tra cứu</button>';
    await settle();
    expect(runner.state?.status).toBe('running');
    expect(view.last?.mode).toBe('target');
  });

  it('after waiting too long says the target is missing, then offers to show the step without it', async () => {
    const { runner, view } = setup({ html: '<main></main>' });
    await runner.start();
    await sleep(60);
    expect(runner.state?.status).toBe('target-missing');
    expect(view.last?.mode).toBe('missing');
    runner.showWithoutTarget();
    expect(view.last?.mode).toBe('free');
    expect(runner.state?.untargeted).toBe(true);
  });

  it('a missing target can be skipped: the tour goes on', async () => {
    const { runner } = setup({ html: '<main></main>' });
    await runner.start();
    await sleep(60);
    runner.skip();
    expect(runner.state).toMatchObject({ stepIndex: 1, history: [{ step: 0, via: 'skipped' }] });
  });

  it('follows the target when it moves (scroll)', async () => {
    const { runner, view } = setup();
    await runner.start();
    let top = 100;
    byId('search').getBoundingClientRect = () => new DOMRect(10, top, 80, 30);
    document.dispatchEvent(new Event('scroll'));
    await settle();
    expect(view.last?.rect).toEqual({ top: 100, left: 10, width: 80, height: 30 });
    top = 40;
    window.dispatchEvent(new Event('resize'));
    await settle();
    expect(view.last?.rect).toEqual({ top: 40, left: 10, width: 80, height: 30 });
  });

  it('never points at the extension’s own UI', async () => {
    const host = document.createElement('div');
    const { runner } = setup({ html: '<main></main>', exclude: host });
    host.innerHTML = '<button>Tra cứu</button>';
    document.body.append(host);
    await runner.start();
    expect(runner.target).toBeUndefined();
    expect(runner.state?.status).toBe('waiting-target');
  });
});

describe('runner: pages, persistence and ending', () => {
  it('a step on another page shows "open that page" instead of searching', async () => {
    const guide = guideFrom({
      ...demoInput,
      steps: [
        {
          ...demoInput.steps[0]!,
          page: { url: `${TH}/tra-cuu`, name: { vi: 'Tra cứu', en: 'Lookup' }, open: `${TH}/tra-cuu` },
        },
      ],
    });
    const { runner, view, navigate } = setup({ guide, url: `${TH}/home` });
    await runner.start();
    expect(view.last).toMatchObject({ mode: 'off-page', page: { open: `${TH}/tra-cuu` } });
    await sleep(60);
    expect(runner.state?.status).toBe('waiting-target');
    navigate(`${TH}/tra-cuu`);
    await settle();
    expect(view.last?.mode).toBe('target');
  });

  it('resumes a stored tour where it was (reload, SPA navigation)', async () => {
    const { runner, store } = setup();
    await store.save({ ...startState(demoGuide, 1), stepIndex: 1, status: 'running' });
    await runner.start();
    expect(runner.state?.stepIndex).toBe(1);
    expect(runner.target).toBe(byId('mhs'));
  });

  it('a corrupt stored state means a fresh start', async () => {
    const { runner } = setup({ store: memoryGuideStore({ guideId: 'thu-nghiem', stepIndex: 'ba' }) });
    await runner.start();
    expect(runner.state?.stepIndex).toBe(0);
  });

  it('saves every transition', async () => {
    const { runner, store } = setup();
    await runner.start();
    runner.next();
    await settle();
    expect(store.raw).toMatchObject({ stepIndex: 1 });
  });

  it('finishing clears the stored state, removes the overlay and reports the end', async () => {
    const { runner, store, view, ended } = setup();
    await runner.start();
    runner.next();
    runner.next();
    runner.next();
    await settle();
    expect(store.raw).toBeUndefined();
    expect(view.last).toBeUndefined();
    expect(ended).toEqual(['finished']);
  });

  it('closing clears the stored state too', async () => {
    const { runner, store, ended } = setup();
    await runner.start();
    runner.close();
    await settle();
    expect(store.raw).toBeUndefined();
    expect(ended).toEqual(['closed']);
  });

  it('stop detaches but keeps the state for the next page', async () => {
    const { runner, store, view } = setup();
    await runner.start();
    runner.stop();
    await settle();
    expect(view.last).toBeUndefined();
    expect(store.raw).toMatchObject({ stepIndex: 0 });
    byId('search').click();
    expect(runner.state?.stepIndex).toBe(0);
  });
});

describe('runner: stopping early', () => {
  it('a start still waiting for storage does not attach after stop', async () => {
    const { runner, view } = setup();
    const starting = runner.start();
    runner.stop();
    await starting;
    await settle();
    expect(view.views.filter((v) => v !== undefined)).toHaveLength(0);
    byId('search').click();
    expect(runner.target).toBeUndefined();
  });
});
