// Reading a QR code from an image: pure pixel steps (image, transform, strategies, decode) and the page's canvas (browser).
export type { RgbaImage, GrayImage } from './image';
export { toGray, toRgba } from './image';
export { resize, fitLongSide, otsuThreshold, binarize, crop, tiles } from './transform';
export { PHOTO_STRATEGIES, CAMERA_STRATEGIES } from './strategies';
export type { Strategy } from './strategies';
export { decodeQr } from './decode';
export type { DecodeOptions, QrDecodeResult } from './decode';
export { qrBytesToText } from './text';
export { readImageFile, decodeQrFile, decodeVideoFrame, PHOTO_MAX_SIDE, FRAME_MAX_SIDE } from './browser';
export type { QrFileResult } from './browser';
