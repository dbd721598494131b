import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** QR code as an inline SVG (the qrcode package, no network); `data-qr-text` carries the encoded text. */
export function QrImage(props: { text: string; size?: number }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    void QRCode.toString(props.text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, width: props.size ?? 140 }).then(setSvg);
  }, [props.text, props.size]);
  return <div className="qr-code" data-qr-text={props.text} dangerouslySetInnerHTML={{ __html: svg }} />;
}
