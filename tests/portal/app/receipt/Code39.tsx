import { code39Bars } from './code39';

/** SVG Code 39 barcode; `data-code` carries the encoded text for tests. */
export function Code39(props: { value: string; height?: number; module?: number }) {
  const module = props.module ?? 1.4;
  const height = props.height ?? 48;
  const { bars, width } = code39Bars(props.value);
  const quiet = 10;
  return (
    <svg
      className="barcode-code39"
      data-code={props.value}
      xmlns="http://www.w3.org/2000/svg"
      width={(width + 2 * quiet) * module}
      height={height}
      viewBox={`0 0 ${width + 2 * quiet} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={`Mã vạch ${props.value}`}
    >
      <rect x={0} y={0} width={width + 2 * quiet} height={height} fill="#fff" />
      {bars.map((bar) => (
        <rect key={bar.x} x={bar.x + quiet} y={0} width={bar.width} height={height} fill="#000" />
      ))}
    </svg>
  );
}
