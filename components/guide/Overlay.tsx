/**
 * The guide overlay for the content script's shadow root: spotlight, popover, screen-reader announcements and keys.
 * Props in, events out: the runner decides what happens; this only draws its view and reports the user's choices.
 *
 * Keys: Esc closes and ←/→ go back/next, except while the page's own widgets use those keys (typing in a field, a radio
 * group, a menu). Focus moves to the popover on a new step only when the user is not in the middle of a page field.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { isEditable, ownsArrowKeys, placePopover, type GuideView, type Rect, type Size } from '../../utils/guide';
import { LABELS } from './labels';
import { Spotlight } from './Spotlight';
import { StepPopover, type StepPopoverActions } from './StepPopover';

export interface OverlayProps extends StepPopoverActions {
  view: GuideView;
  /** Volunteer mode: larger text and higher contrast. */
  volunteer?: boolean;
}

/** Room left around the target inside the cut-out. */
const PAD = 6;
const FALLBACK_SIZE: Size = { width: 360, height: 220 };

function padded(rect: Rect): Rect {
  return { top: rect.top - PAD, left: rect.left - PAD, width: rect.width + PAD * 2, height: rect.height + PAD * 2 };
}

/** The focused element, looking inside shadow roots (the page may use them, and so does the overlay). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function announcement(view: GuideView): string {
  const counter = `${LABELS.stepCounter(view.stepIndex + 1, view.stepCount)}: ${view.title.vi}.`;
  if (view.mode === 'missing') return `${counter} ${LABELS.missing(view.title.vi)}`;
  if (view.mode === 'off-page' && view.page) return `${counter} ${LABELS.offPage(view.page.name.vi)}`;
  return counter;
}

export function Overlay(props: OverlayProps) {
  const { view, volunteer = false } = props;
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [size, setSize] = useState<Size>(FALLBACK_SIZE);
  const latest = useRef(props);
  latest.current = props;

  const rect = view.mode === 'target' && view.rect ? padded(view.rect) : undefined;
  const position = placePopover(rect, size, view.viewport, view.placement);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const measured = { width: dialog.offsetWidth, height: dialog.offsetHeight };
    if (measured.width > 0 && (measured.width !== size.width || measured.height !== size.height)) setSize(measured);
  });

  const shownStep = useRef('');
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const stepKey = `${view.guideId}:${view.stepIndex}`;
    const newStep = shownStep.current !== stepKey;
    shownStep.current = stepKey;
    const doc = dialog.ownerDocument;
    const active = deepActiveElement(doc);
    if (active && dialog.contains(active)) return;
    // Within a step, only pick up focus that was lost (e.g. its button disappeared with a mode change).
    const lost = !active || active === doc.body || active === doc.documentElement;
    if ((!newStep && !lost) || isEditable(active)) return;
    titleRef.current?.focus({ preventScroll: true });
  }, [view.guideId, view.stepIndex, view.mode]);

  useEffect(() => {
    const doc = dialogRef.current?.ownerDocument;
    if (!doc) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const origin = event.composedPath()[0];
      const element = origin instanceof Element ? origin : null;
      const inPopover = !!element && !!dialogRef.current?.contains(element);
      const { view: current, onClose, onNext, onBack } = latest.current;
      if (event.key === 'Escape') {
        if (!inPopover && isEditable(element)) return;
        onClose();
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        if (!inPopover && ownsArrowKeys(element)) return;
        if (event.key === 'ArrowLeft' && !current.canBack) return;
        if (event.key === 'ArrowRight' && current.mode === 'missing') return;
        (event.key === 'ArrowRight' ? onNext : onBack)();
      } else {
        return;
      }
      event.preventDefault();
    };
    doc.addEventListener('keydown', onKey, true);
    return () => doc.removeEventListener('keydown', onKey, true);
  }, []);

  return (
    <div class={volunteer ? 'tg-root tg-volunteer' : 'tg-root'} data-mode={view.mode}>
      {rect ? <Spotlight rect={rect} viewport={view.viewport} /> : null}
      <StepPopover {...props} view={view} position={position} dialogRef={dialogRef} titleRef={titleRef} />
      <div class="tg-sr" role="status" aria-live="polite" aria-atomic="true">
        {announcement(view)}
      </div>
    </div>
  );
}
