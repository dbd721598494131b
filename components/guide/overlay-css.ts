/**
 * The overlay's styles as a string, for the content script to put into its shadow root (page CSS cannot reach it and
 * it cannot leak into the page). Everything is `pointer-events: none` except the popover, so the page stays usable.
 * Colours meet WCAG AA; volunteer mode raises text size and contrast further.
 */
export const OVERLAY_CSS = `
.tg-root {
  position: fixed; inset: 0; z-index: 2147483646; pointer-events: none;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a;
  --tg-accent: #0b57d0; --tg-ring: #0b57d0; --tg-dim: rgba(0, 0, 0, 0.5); --tg-bg: #fff; --tg-fg: #1a1a1a;
}
.tg-dim { position: fixed; top: 0; left: 0; pointer-events: none; }
.tg-dim path { fill: var(--tg-dim); }
.tg-ring {
  position: fixed; box-sizing: border-box; border: 3px solid var(--tg-ring); border-radius: 6px; pointer-events: none;
  box-shadow: 0 0 0 2px #fff;
}
.tg-popover {
  position: fixed; box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: calc(100vh - 16px);
  overflow: auto; pointer-events: auto; background: var(--tg-bg); color: var(--tg-fg); border-radius: 10px;
  padding: 12px 14px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.3); border: 1px solid #c4c7c5;
}
.tg-popover:focus { outline: none; }
.tg-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.tg-count { margin: 0; font-size: 0.85em; font-weight: 600; color: #444; }
.tg-guide { font-weight: 400; }
.tg-close {
  flex: none; width: 32px; height: 32px; border: 0; border-radius: 50%; background: transparent; color: inherit;
  font-size: 22px; line-height: 1; cursor: pointer;
}
.tg-close:hover { background: #eee; }
.tg-title { margin: 4px 0 6px; font-size: 1.1em; line-height: 1.3; }
.tg-title:focus { outline: none; }
.tg-body { margin: 0 0 8px; white-space: pre-line; }
.tg-note { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: #eef3fd; font-size: 0.95em; }
.tg-note-warn { background: #fff4e5; }
.tg-row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.tg-nav { justify-content: space-between; }
.tg-btn {
  font: inherit; min-height: 36px; padding: 6px 14px; border-radius: 8px; border: 1px solid #747775;
  background: #fff; color: var(--tg-fg); cursor: pointer; text-decoration: none; display: inline-flex; align-items: center;
}
.tg-btn:disabled { opacity: 0.45; cursor: default; }
.tg-primary { background: var(--tg-accent); border-color: var(--tg-accent); color: #fff; font-weight: 600; }
.tg-open { margin-top: 4px; }
.tg-btn:focus-visible, .tg-close:focus-visible, .tg-en summary:focus-visible { outline: 3px solid #f9ab00; outline-offset: 2px; }
.tg-en { margin-top: 10px; font-size: 0.9em; color: #444; }
.tg-en summary { cursor: pointer; }
.tg-en p { margin: 4px 0; }
.tg-en-title { font-weight: 600; }
.tg-sr {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; border: 0;
}
.tg-volunteer { font-size: 20px; --tg-dim: rgba(0, 0, 0, 0.72); --tg-ring: #ffd400; --tg-accent: #000; --tg-fg: #000; }
.tg-volunteer .tg-popover { width: min(480px, calc(100vw - 16px)); border: 3px solid #000; }
.tg-volunteer .tg-ring { border-width: 5px; box-shadow: 0 0 0 3px #000; }
.tg-volunteer .tg-count, .tg-volunteer .tg-en { color: #000; }
.tg-volunteer .tg-btn { border: 2px solid #000; min-height: 48px; }
.tg-volunteer .tg-primary { background: #000; color: #fff; }
.tg-volunteer .tg-note { background: #fff7c2; border: 2px solid #000; }
@media (forced-colors: active) {
  .tg-ring { border-color: Highlight; }
  .tg-popover { border: 2px solid CanvasText; }
}
`;
