// "Tạo từ mã QR trên CCCD": the panel the options page and the popup's volunteer mode mount (import cccd.css with it).
export { CccdPanel } from './CccdPanel';
export type { CccdPanelProps } from './CccdPanel';
export type { CameraAccess, ExistingProfile, ImageReadResult, SaveCardProfile } from './types';
