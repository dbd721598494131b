/**
 * The dossier's official lookup link as a QR code, so a resident can continue on a phone (the page opens with the
 * code and ID number filled in; FACTS §7). Drawn as SVG modules at a whole number of pixels each, so it stays sharp
 * and decodes from a screenshot. The encoder is loaded on first use: the popup's first render does not pay for it.
 */
import { useEffect, useState } from 'preact/hooks';
import { lookupUrl } from '../../utils/dossier';
import type { QrPath } from '../../utils/guide/qr';

export interface LookupQrProps {
  code: string;
  idNumber?: string;
  /** Largest side in CSS pixels; the code is drawn at the biggest whole module size that fits. */
  maxSize?: number;
}

const QUIET_ZONE = 4;

export function LookupQr({ code, idNumber, maxSize = 200 }: LookupQrProps) {
  const url = lookupUrl(code, idNumber);
  const [qr, setQr] = useState<{ url: string; path: QrPath }>();
  useEffect(() => {
    let current = true;
    void import('../../utils/guide/qr').then(({ qrPath }) => current && setQr({ url, path: qrPath(url) }));
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <figure class="lookup-qr">
      {qr?.url === url ? (
        <QrSvg code={code} qr={qr.path} maxSize={maxSize} />
      ) : (
        <div class="qr-placeholder" style={{ width: `${maxSize}px`, height: `${maxSize}px` }} />
      )}
      <figcaption>
        <span>Quét bằng điện thoại để mở trang tra cứu hồ sơ này.</span>
        <a class="qr-link" href={url} target="_blank" rel="noreferrer">
          {url}
        </a>
      </figcaption>
    </figure>
  );
}

function QrSvg({ code, qr, maxSize }: { code: string; qr: QrPath; maxSize: number }) {
  const box = qr.size + QUIET_ZONE * 2;
  const side = box * Math.max(2, Math.floor(maxSize / box));
  return (
    <svg
      role="img"
      aria-label={`Mã QR tra cứu hồ sơ ${code}`}
      width={side}
      height={side}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      shape-rendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
