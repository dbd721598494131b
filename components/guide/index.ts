export { Overlay } from './Overlay';
export type { OverlayProps } from './Overlay';
export type { StepPopoverActions } from './StepPopover';
export { OVERLAY_CSS } from './overlay-css';
export { LABELS as GUIDE_LABELS } from './labels';
