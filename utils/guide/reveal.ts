/** Measuring a target and bringing it into view once per step (never again, so the user may scroll away). */
import type { Rect } from './place';

export function boxOf(element: Element): Rect {
  const box = element.getBoundingClientRect();
  return { top: box.top, left: box.left, width: box.width, height: box.height };
}

/** Scrolls the target to the middle of the viewport when it is outside it; instantly if the user prefers less motion. */
export function revealTarget(element: Element): void {
  const win = element.ownerDocument.defaultView;
  if (!win || typeof element.scrollIntoView !== 'function') return;
  const box = element.getBoundingClientRect();
  const inView = box.bottom > 0 && box.right > 0 && box.top < win.innerHeight && box.left < win.innerWidth;
  if (inView) return;
  const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
}
