/**
 * The order in which image variants are tried, as data. Each variant is one pass of the QR reader (a few hundred
 * milliseconds on a 2400-pixel photo), so the list is short and ordered by what rescued photos in the measurements
 * (tests/unit/qr-image/README.md): a global black/white threshold first (jsQR's own block thresholding loses codes to
 * noise and blur), then the plain picture, then tiles (jsQR keeps only its best guess of three finder patterns, and
 * the card's text and the desk around a small code often win it), then a doubled size for small codes.
 */
import type { GrayImage } from './image';
import { binarize, fitLongSide, resize, tiles } from './transform';

export interface Strategy {
  /** Stable name, reported with the result ("binarized", "tiles"…). */
  name: string;
  /**
   * Builds the variant, or several (tiles): each is one pass of the reader. `sized(n)` returns the base image with its
   * long side at most n, computed once per size.
   */
  make: (sized: (maxSide: number) => GrayImage) => GrayImage | readonly GrayImage[];
}

/** Never enlarge: a small image stays as it is. */
function atMost(image: GrayImage, maxSide: number): GrayImage {
  return Math.max(image.width, image.height) <= maxSide ? image : fitLongSide(image, maxSide);
}

export function sizedCache(base: GrayImage): (maxSide: number) => GrayImage {
  const cache = new Map<number, GrayImage>();
  return (maxSide) => {
    let found = cache.get(maxSide);
    if (found === undefined) {
      found = atMost(base, maxSide);
      cache.set(maxSide, found);
    }
    return found;
  };
}

const FULL = Number.POSITIVE_INFINITY;

function enlarged(image: GrayImage, factor: number): GrayImage {
  return resize(image, image.width * factor, image.height * factor);
}

export const PHOTO_STRATEGIES: readonly Strategy[] = [
  { name: 'binarized', make: (sized) => binarize(sized(FULL)) },
  { name: 'as-is-1600', make: (sized) => sized(1600) },
  { name: 'tiles', make: (sized) => tiles(sized(FULL), 3, 0.45) },
  { name: 'enlarged', make: (sized) => enlarged(sized(1280), 2) },
  { name: 'binarized-1024', make: (sized) => binarize(sized(1024)) },
  { name: 'tiles-binarized', make: (sized) => tiles(sized(FULL), 3, 0.45).map((t) => binarize(t)) },
];

/** One pass per camera frame, taking turns: the camera tries again on the next frame anyway. */
export const CAMERA_STRATEGIES: readonly Strategy[] = [
  { name: 'binarized', make: (sized) => binarize(sized(FULL)) },
  { name: 'as-is', make: (sized) => sized(FULL) },
];
