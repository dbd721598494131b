/**
 * The glyph for each STATE_INFO icon name, drawn as a small inline SVG (no icon font, no emoji: the popup must look
 * the same on machines without colour-emoji fonts). Decorative: the status text next to it carries the meaning.
 */
const CIRCLE = 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z';

const PATHS: Readonly<Record<string, readonly string[]>> = {
  send: ['M22 2 11 13', 'M22 2l-7 20-4-9-9-4z'],
  inbox: ['M2 12h6l2 3h4l2-3h6', 'M5 5h14l3 7v7H2v-7z'],
  hourglass: ['M6 2h12', 'M6 22h12', 'M7 2c0 6 10 6 10 10s-10 4-10 10', 'M17 2c0 6-10 6-10 10s10 4 10 10'],
  'file-plus': ['M14 2H6v20h12V6z', 'M14 2v4h4', 'M12 11v7', 'M8.5 14.5h7'],
  wallet: ['M3 7h17v13H3z', 'M3 7l12-4v4', 'M16 13.5h2'],
  'package-check': ['M3 7l9-4 9 4v10l-9 4-9-4z', 'M3 7l9 4 9-4', 'M12 11v10'],
  'check-circle': [CIRCLE, 'M7.5 12.5l3 3 6-7'],
  'x-circle': [CIRCLE, 'M9 9l6 6', 'M15 9l-6 6'],
  undo: ['M9 14 4 9l5-5', 'M4 9h10a6 6 0 0 1 0 12h-3'],
  'pause-circle': [CIRCLE, 'M10 9v6', 'M14 9v6'],
  'help-circle': [CIRCLE, 'M9.5 9.5a2.5 2.5 0 1 1 3.3 2.4c-.5.2-.8.7-.8 1.3v.8', 'M12 17h.01'],
};

export interface StateIconProps {
  name: string;
  size?: number;
}

export function StateIcon({ name, size = 16 }: StateIconProps) {
  const paths = PATHS[name];
  return (
    <svg
      class="state-icon"
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {paths ? (
        paths.map((d) => <path key={d} d={d} />)
      ) : (
        // 'circle-dashed' (not checked yet) and any name added later without a glyph.
        <circle cx="12" cy="12" r="10" stroke-dasharray="3 3" />
      )}
    </svg>
  );
}
