/**
 * A guide's QR card for volunteers: scanning it opens the guide's start page with its hint, so a resident with the
 * extension lands in the guide and one without it still lands on the right page. For the popup and options page,
 * not the content script (it pulls in the QR encoder).
 */
import { useMemo } from 'preact/hooks';
import { guideHintUrl, type Guide } from '../../utils/guide';
import { qrPath } from '../../utils/guide/qr';

export interface GuideQrCardProps {
  guide: Pick<Guide, 'id' | 'title' | 'summary' | 'start'>;
  /** Rendered width and height of the code in CSS pixels. */
  size?: number;
}

const QUIET_ZONE = 4;

export function GuideQrCard({ guide, size = 200 }: GuideQrCardProps) {
  const url = guideHintUrl(guide);
  const qr = useMemo(() => qrPath(url), [url]);
  const box = qr.size + QUIET_ZONE * 2;
  return (
    <figure class="tg-qr">
      <svg
        role="img"
        aria-label={`Mã QR mở hướng dẫn: ${guide.title.vi}`}
        width={size}
        height={size}
        viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
        shape-rendering="crispEdges"
      >
        <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <figcaption>
        <strong>{guide.title.vi}</strong>
        <span>{guide.summary.vi}</span>
        <a href={url} class="tg-qr-url">
          {url}
        </a>
      </figcaption>
    </figure>
  );
}
