import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../utils/guide';

const viewport = { width: 1000, height: 800 };
const popover = { width: 300, height: 200 };

describe('placing the popover', () => {
  it('goes below the target when there is room, centred on it', () => {
    expect(placePopover({ top: 100, left: 400, width: 200, height: 40 }, popover, viewport)).toEqual({
      top: 152, left: 350, side: 'bottom',
    });
  });

  it('goes above when there is no room below', () => {
    expect(placePopover({ top: 700, left: 400, width: 200, height: 40 }, popover, viewport).side).toBe('top');
  });

  it('honours the preferred side when it fits', () => {
    expect(placePopover({ top: 300, left: 100, width: 100, height: 40 }, popover, viewport, 'right')).toMatchObject({
      side: 'right', left: 212,
    });
  });

  it('falls back to another side when the preferred one does not fit', () => {
    expect(placePopover({ top: 300, left: 800, width: 150, height: 40 }, popover, viewport, 'right').side).toBe('bottom');
  });

  it('stays inside the viewport horizontally', () => {
    expect(placePopover({ top: 100, left: 0, width: 20, height: 20 }, popover, viewport).left).toBe(8);
  });

  it('docks at the bottom without a target, when the target is off screen, or when nothing fits', () => {
    expect(placePopover(undefined, popover, viewport).side).toBe('dock');
    expect(placePopover({ top: -500, left: 10, width: 10, height: 10 }, popover, viewport).side).toBe('dock');
    expect(placePopover({ top: 5, left: 5, width: 990, height: 790 }, popover, viewport)).toEqual({
      top: 584, left: 350, side: 'dock',
    });
  });
});
