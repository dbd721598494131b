import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  guideStateKey,
  loadActiveTour,
  memoryGuideStore,
  remoteGuideStore,
  serveGuideStoreOp,
  startState,
  storageGuideStore,
  type GuideStoreOp,
} from '../../../utils/guide';
import { demoGuide } from './fixtures';

const state = startState(demoGuide, 1_700_000_000_000);

describe('tour state storage', () => {
  it('keys a tab’s tour by its tab id', () => {
    expect(guideStateKey(17)).toBe('guide:17');
  });

  it('saves, loads and clears one key of storage.session', async () => {
    const store = storageGuideStore(fakeBrowser.storage.session, guideStateKey(3));
    await store.save(state);
    expect(await fakeBrowser.storage.session.get('guide:3')).toEqual({ 'guide:3': state });
    expect(await store.load()).toEqual(state);
    await store.clear();
    expect(await store.load()).toBeUndefined();
  });

  it('keeps tabs apart', async () => {
    await storageGuideStore(fakeBrowser.storage.session, guideStateKey(1)).save(state);
    expect(await storageGuideStore(fakeBrowser.storage.session, guideStateKey(2)).load()).toBeUndefined();
  });

  it('reads a corrupt stored value as no tour', async () => {
    await fakeBrowser.storage.session.set({ 'guide:5': { guideId: 42, stepIndex: 'hai' } });
    expect(await storageGuideStore(fakeBrowser.storage.session, 'guide:5').load()).toBeUndefined();
  });

  it('memory store: same contract, stores a JSON copy', async () => {
    const store = memoryGuideStore();
    await store.save(state);
    expect(store.raw).toEqual(state);
    expect(store.raw).not.toBe(state);
    await store.clear();
    expect(await store.load()).toBeUndefined();
  });

  it('remote store: each operation goes through the caller’s message and is served by the background side', async () => {
    const background = storageGuideStore(fakeBrowser.storage.session, guideStateKey(9));
    const sent: GuideStoreOp[] = [];
    const remote = remoteGuideStore(async (op) => {
      sent.push(op);
      // As the message would: a JSON round trip.
      return JSON.parse(JSON.stringify((await serveGuideStoreOp(JSON.parse(JSON.stringify(op)) as GuideStoreOp, background)) ?? null)) as unknown;
    });
    await remote.save(state);
    expect(await remote.load()).toEqual(state);
    await remote.clear();
    expect(await remote.load()).toBeUndefined();
    expect(sent.map((op) => op.op)).toEqual(['save', 'load', 'clear', 'load']);
  });

  it('the background refuses to save a state that fails the schema', async () => {
    const background = memoryGuideStore();
    await serveGuideStoreOp({ op: 'save', state: { ...state, stepIndex: -3 } }, background);
    expect(background.raw).toBeUndefined();
  });
});

describe('loadActiveTour', () => {
  it('finds the guide of the tab’s unfinished tour', async () => {
    const store = memoryGuideStore({ ...state, stepIndex: 1, status: 'running' });
    const active = await loadActiveTour(store, [demoGuide]);
    expect(active?.guide.id).toBe('thu-nghiem');
    expect(active?.state.stepIndex).toBe(1);
  });

  it('clears and ignores a tour of an unknown guide or a finished one', async () => {
    for (const raw of [{ ...state, guideId: 'khong-co' }, { ...state, status: 'finished' }]) {
      const store = memoryGuideStore(raw);
      expect(await loadActiveTour(store, [demoGuide])).toBeUndefined();
      expect(store.raw).toBeUndefined();
    }
  });

  it('nothing stored: nothing active', async () => {
    expect(await loadActiveTour(memoryGuideStore(), [demoGuide])).toBeUndefined();
  });
});
