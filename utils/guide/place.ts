/**
 * Where the popover goes: next to the target on the preferred side when it fits, else on the first side that fits,
 * else docked at the bottom of the viewport (also the place for steps without a target, so it never covers the middle
 * of the page the user is working on).
 */
import type { Placement } from './schema';

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}
export interface Size {
  width: number;
  height: number;
}
export type Side = 'top' | 'bottom' | 'left' | 'right' | 'dock';
export interface PopoverPosition {
  top: number;
  left: number;
  side: Side;
}

const AUTO_ORDER = ['bottom', 'top', 'right', 'left'] as const;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

export function placePopover(
  target: Rect | undefined,
  popover: Size,
  viewport: Size,
  preferred: Placement = 'auto',
  gap = 12,
  margin = 8,
): PopoverPosition {
  const dock: PopoverPosition = {
    top: Math.max(margin, viewport.height - popover.height - margin * 2),
    left: clamp((viewport.width - popover.width) / 2, margin, viewport.width - popover.width - margin),
    side: 'dock',
  };
  if (!target) return dock;
  const bottom = target.top + target.height;
  const right = target.left + target.width;
  const onScreen = bottom > 0 && right > 0 && target.top < viewport.height && target.left < viewport.width;
  if (!onScreen) return dock;
  const centredLeft = clamp(target.left + target.width / 2 - popover.width / 2, margin, viewport.width - popover.width - margin);
  const centredTop = clamp(target.top + target.height / 2 - popover.height / 2, margin, viewport.height - popover.height - margin);
  const fits: Record<(typeof AUTO_ORDER)[number], PopoverPosition | undefined> = {
    bottom: bottom + gap + popover.height <= viewport.height - margin ? { top: bottom + gap, left: centredLeft, side: 'bottom' } : undefined,
    top: target.top - gap - popover.height >= margin ? { top: target.top - gap - popover.height, left: centredLeft, side: 'top' } : undefined,
    right: right + gap + popover.width <= viewport.width - margin ? { top: centredTop, left: right + gap, side: 'right' } : undefined,
    left: target.left - gap - popover.width >= margin ? { top: centredTop, left: target.left - gap - popover.width, side: 'left' } : undefined,
  };
  const order = preferred === 'auto' ? AUTO_ORDER : [preferred, ...AUTO_ORDER.filter((side) => side !== preferred)];
  for (const side of order) {
    const position = fits[side];
    if (position) return position;
  }
  return dock;
}
