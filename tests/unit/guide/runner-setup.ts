/** The runner tests' page and harness: a lookup-like page, a memory store, a recorded render and a fake URL. */
import { createGuideRunner, memoryGuideStore, type Guide, type GuideRunner, type GuideRunnerOptions } from '../../../utils/guide';
import { demoGuide, recorder, TH } from './fixtures';

export const LOOKUP_PAGE = `
  <button id="search">Tra cứu</button>
  <div class="ant-form-item" id="item">
    <label for="mhs">Mã hồ sơ:</label><input id="mhs">
  </div>`;

let runner: GuideRunner | undefined;

/** Stops the runner of the last `setup` and empties the page; call it from each test file's afterEach. */
export function cleanUp(): void {
  runner?.stop();
  runner = undefined;
  document.body.innerHTML = '';
}

export function setup(overrides: Partial<GuideRunnerOptions> & { guide?: Guide; html?: string; url?: string } = {}) {
  document.body.innerHTML = overrides.html ?? LOOKUP_PAGE;
  const store = memoryGuideStore();
  const view = recorder();
  let url = overrides.url ?? `${TH}/tra-cuu`;
  let notifyUrl: (() => void) | undefined;
  const ended: string[] = [];
  runner = createGuideRunner({
    guide: demoGuide,
    store,
    document,
    render: view.render,
    currentUrl: () => url,
    watchUrl: (onChange) => {
      notifyUrl = onChange;
      return () => (notifyUrl = undefined);
    },
    waitMs: 40,
    settleMs: 10,
    onEnd: (state) => ended.push(state.status),
    ...overrides,
  });
  return {
    runner,
    store,
    view,
    ended,
    navigate(to: string) {
      url = to;
      notifyUrl?.();
    },
  };
}

export const byId = (id: string) => document.getElementById(id) as HTMLElement;

