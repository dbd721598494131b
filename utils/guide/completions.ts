/**
 * The completions a person's own actions trigger: a click on the target ('click'), and leaving a field that the form
 * then accepts ('valid'). Listeners are passive and capture-phase: the tour watches, never interferes.
 */
import type { Step } from './schema';
import { isFieldValid } from './field';

export interface CompletionContext {
  /** The step on screen now, its index and its target, or undefined when no tour is running. */
  current(): { stepIndex: number; step: Step; target: Element | undefined } | undefined;
  /** The step at `stepIndex` is complete. */
  complete(stepIndex: number): void;
  /** The extension's UI: leaving a field for it (to press 'Tiếp') is not finishing the field. */
  exclude?: Element | null;
  /** How long a form library gets to show a validation error after a field changes. */
  settleMs: number;
}

export interface CompletionWatch {
  /** The field left earlier on this step has since become valid (a slow form cleared its error late), and is not being edited. */
  leftFieldNowValid(stepIndex: number): boolean;
  /** Forgets a pending field check (a new step began). */
  reset(): void;
  detach(): void;
}

function containsTarget(target: Element | undefined, event: Event): boolean {
  if (!target) return false;
  const origin = event.target;
  return event.composedPath().includes(target) || (origin instanceof Node && target.contains(origin));
}

export function watchCompletions(doc: Document, ctx: CompletionContext): CompletionWatch {
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The step whose field the person left: its 'valid' completion also fires later, once a slow form clears its error. */
  let leftFieldStep = -1;

  function onClick(event: Event): void {
    const now = ctx.current();
    if (now?.step.completion.type === 'click' && containsTarget(now.target, event)) ctx.complete(now.stepIndex);
  }

  function onFieldDone(event: Event): void {
    const now = ctx.current();
    if (!now || now.step.completion.type !== 'valid' || !containsTarget(now.target, event)) return;
    // Leaving the field for the popover (to press 'Tiếp') is not finishing it: that press already moves on, and a
    // slow press must not let the field's completion move on a second time.
    const to = (event as FocusEvent).relatedTarget;
    if (to instanceof Node && ctx.exclude?.contains(to)) return;
    const index = now.stepIndex;
    leftFieldStep = index;
    clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      const later = ctx.current();
      if (later?.stepIndex === index && later.target && isFieldValid(later.target)) ctx.complete(index);
    }, ctx.settleMs);
  }

  const listeners: Array<[string, (event: Event) => void]> = [
    ['click', onClick],
    ['change', onFieldDone],
    ['focusout', onFieldDone],
  ];
  for (const [type, handler] of listeners) doc.addEventListener(type, handler, { capture: true, passive: true });

  const reset = (): void => {
    clearTimeout(settleTimer);
    settleTimer = undefined;
  };

  return {
    leftFieldNowValid(stepIndex) {
      const target = ctx.current()?.target;
      return (
        leftFieldStep === stepIndex &&
        settleTimer === undefined &&
        !!target &&
        doc.activeElement !== target &&
        !target.contains(doc.activeElement) &&
        isFieldValid(target)
      );
    },
    reset,
    detach() {
      reset();
      for (const [type, handler] of listeners) doc.removeEventListener(type, handler, { capture: true });
    },
  };
}
