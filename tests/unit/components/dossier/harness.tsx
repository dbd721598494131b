/**
 * Shared by the panel tests (not a test file): a real dossier store on fake-indexeddb standing in for the background,
 * the panel mounted into a container, and ways to find things by accessible name and to wait for async renders.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { DossierPanel } from '../../../../components/dossier/DossierPanel';
import type { DossierActions, DossierSource, LookupResult } from '../../../../components/dossier/types';
import { openDossierReader, openDossierStore, type DossierStore, type StatusCheck } from '../../../../utils/dossier';
import { LOOKUP_MESSAGES } from '../../../../utils/dossier/capture/outcome';
import { freshName } from '../../dossier/store-helpers';

/** The instant the tests live in (Việt Nam: 10:00 on 10/03/2025). */
export const NOW = new Date('2025-03-10T03:00:00Z');

export type PortalAnswer = StatusCheck | keyof typeof LOOKUP_MESSAGES | 'missing-id';

/**
 * The background's handlers over a real store: lookups answer from `portal` (a status check to record, or a failure
 * reason), writes go through the store exactly as the background does.
 */
export async function fakeBackground(now = () => NOW) {
  const name = freshName();
  const store: DossierStore = await openDossierStore(name, { now });
  const reader = await openDossierReader(name, { now });
  const portal = new Map<string, (idNumber: string | undefined) => PortalAnswer>();
  const removed = new Map<string, Awaited<ReturnType<DossierStore['remove']>>>();
  /** Lookups wait for this before answering, when set (to watch "Tra cứu tất cả" in progress). */
  let gate: (() => Promise<void>) | undefined;

  const lookup = vi.fn(async (code: string, idNumber?: string): Promise<LookupResult> => {
    if (gate) await gate();
    const answer = portal.get(code)?.(idNumber) ?? 'invalid-code';
    if (answer === 'missing-id') {
      return { kind: 'failed', reason: 'missing-id', message: { vi: 'Cần số CCCD/CMND của chủ hồ sơ.', en: 'ID needed.' } };
    }
    if (typeof answer === 'string') return { kind: 'failed', reason: answer, message: LOOKUP_MESSAGES[answer] };
    const before = await store.get(code);
    const record = await store.recordCheck(code, answer);
    if (!record) throw new Error(`no dossier ${code}`);
    return { kind: 'found', record, changed: before?.history.length !== record.history.length };
  });

  const actions: DossierActions = {
    lookup,
    addManual: vi.fn(async ({ code, ...fields }) => {
      const result = await store.addManual(code, fields);
      return result;
    }),
    update: vi.fn(async ({ code, note, label, seen }) => {
      if (note !== undefined) await store.setNote(code, note);
      if (label !== undefined) await store.setLabel(code, label);
      if (seen) await store.markSeen(code);
      return { record: await store.get(code) };
    }),
    remove: vi.fn(async (code: string) => {
      const record = await store.remove(code);
      if (!record) return { removed: false };
      removed.set(`undo-${code}`, record);
      return { removed: true, undoToken: `undo-${code}` };
    }),
    undo: vi.fn(async (token: string) => {
      const record = removed.get(token);
      removed.delete(token);
      if (!record) return { undone: false };
      await store.restore(record);
      return { undone: true };
    }),
    copyText: vi.fn(async () => undefined),
  };
  return {
    store,
    reader,
    actions,
    lookup,
    portal,
    setGate(next: (() => Promise<void>) | undefined) {
      gate = next;
    },
  };
}

export type FakeBackground = Awaited<ReturnType<typeof fakeBackground>>;

let container: HTMLElement | undefined;

export function mountPanel(background: Pick<FakeBackground, 'reader' | 'actions'>, source: DossierSource = background.reader): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  const target = container;
  act(() => render(<DossierPanel source={source} actions={background.actions} now={NOW} />, target));
  return target;
}

export function unmountPanel(): void {
  if (container) act(() => render(null, container as HTMLElement));
  container = undefined;
  document.body.innerHTML = '';
}

/** Lets promises, timers and renders run until `check` holds (or fails after ~2 s). */
export async function until(check: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
  throw new Error(`Timed out waiting for ${what}. Page text: ${document.body.textContent}`);
}

/** The accessible name the way the panel sets it: aria-label, else the text. */
function nameOf(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return document.getElementById(labelledBy)?.textContent?.trim() ?? '';
  const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
  return element.getAttribute('aria-label') ?? label?.textContent?.trim() ?? (element.textContent ?? '').trim();
}

export function byName<T extends Element = HTMLElement>(selector: string, name: string): T | undefined {
  return Array.from(document.querySelectorAll<T & Element>(selector)).find((el) => nameOf(el) === name);
}

export function button(name: string): HTMLButtonElement {
  const found = byName<HTMLButtonElement>('button', name);
  if (!found) throw new Error(`no button "${name}" in: ${document.body.textContent}`);
  return found;
}

export function field(name: string): HTMLInputElement | HTMLTextAreaElement {
  const found = byName<HTMLInputElement>('input, textarea', name);
  if (!found) throw new Error(`no field "${name}"`);
  return found;
}

export function click(target: HTMLElement): void {
  act(() => target.click());
}

export function type(target: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    target.value = value;
    target.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function submit(form: HTMLFormElement): void {
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

export function rowCodes(): string[] {
  return Array.from(document.querySelectorAll('li.dossier')).map((li) => li.getAttribute('data-code') ?? '');
}

export function row(code: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`li.dossier[data-code="${code}"]`);
  if (!found) throw new Error(`no row ${code}`);
  return found;
}

export function announcement(): string {
  return document.querySelector('[role="status"]')?.textContent ?? '';
}

export function check(statusText: string, checkedAt: string, extra: Partial<StatusCheck> = {}): StatusCheck {
  return { checkedAt, statusText, ...extra };
}
