/**
 * The dimmed page with a hole around the target, drawn as one SVG path (even-odd fill) plus a ring. Neither takes
 * pointer events, so the page under it stays fully usable: the user types into the highlighted field as usual.
 */
import type { Rect, Size } from '../../utils/guide';

export interface SpotlightProps {
  rect: Rect;
  viewport: Size;
}

export function Spotlight({ rect, viewport }: SpotlightProps) {
  const { top, left, width, height } = rect;
  const path = `M0 0H${viewport.width}V${viewport.height}H0Z M${left} ${top}h${width}v${height}h${-width}Z`;
  return (
    <>
      <svg class="tg-dim" aria-hidden="true" width={viewport.width} height={viewport.height}>
        <path d={path} fill-rule="evenodd" />
      </svg>
      <div class="tg-ring" aria-hidden="true" style={{ top, left, width, height }} />
    </>
  );
}
