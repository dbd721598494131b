/** Shared test helpers for the guide tests: a small valid guide, frames, and a recording render callback. */
import { parseGuide, type Guide, type GuideInput, type GuideView } from '../../../utils/guide';

export const TH = 'https://dichvucong.thanhhoa.gov.vn/portaldvc';

export function guideFrom(input: GuideInput): Guide {
  const result = parseGuide(input);
  if (!result.ok) throw new Error(result.error);
  return result.guide;
}

/** Three steps: point at a button (click), fill a field (valid), then a text-only step. */
export const demoInput: GuideInput = {
  id: 'thu-nghiem',
  title: { vi: 'Thử nghiệm', en: 'Test' },
  summary: { vi: 'Hướng dẫn thử', en: 'A test guide' },
  procedures: ['*'],
  start: { url: `${TH}/tra-cuu`, match: `${TH}/tra-cuu` },
  steps: [
    {
      id: 'bam-nut',
      title: { vi: 'Bấm nút', en: 'Press the button' },
      body: { vi: 'Bấm “Tra cứu”.', en: 'Press the button.' },
      target: [{ role: 'button', name: 'Tra cứu' }],
      completion: { type: 'click' },
    },
    {
      id: 'nhap-ma',
      title: { vi: 'Nhập mã', en: 'Type the code' },
      body: { vi: 'Nhập mã hồ sơ.', en: 'Type the dossier code.' },
      target: [{ label: 'Mã hồ sơ:' }],
      completion: { type: 'valid' },
    },
    {
      id: 'xong',
      title: { vi: 'Xong', en: 'Done' },
      body: { vi: 'Hết.', en: 'The end.' },
    },
  ],
};

export const demoGuide = guideFrom(demoInput);

export function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Lets mutation observers deliver, then waits past the runner's animation frame. */
export async function settle(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
  await frame();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function recorder() {
  const views: Array<GuideView | undefined> = [];
  return {
    views,
    render: (view: GuideView | undefined) => {
      views.push(view);
    },
    get last() {
      return views.at(-1);
    },
  };
}
