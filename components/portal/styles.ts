/**
 * CSS of the in-page UI, as a string so it goes straight into the shadow root: no web-accessible stylesheet a page
 * could fetch to detect the extension, and nothing leaks into the portal.
 */
export const portalUiCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.launcher {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; color: #1d1d1f;
  display: flex; flex-direction: column; align-items: flex-end; gap: 8px;
}
.fab {
  font: inherit; font-weight: 600; border: 2px solid #fff; border-radius: 999px; padding: 6px 14px;
  background: #b3121f; color: #fff; cursor: pointer; box-shadow: 0 2px 10px rgba(0,0,0,.25); opacity: .92;
}
.fab:hover, .fab:focus-visible { opacity: 1; }
.panel {
  width: min(340px, calc(100vw - 32px)); max-height: min(70vh, 560px); overflow: auto; background: #fff;
  border: 1px solid #d9d9de; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 10px 12px;
}
.panel-head { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; }
.close { font: inherit; font-size: 20px; line-height: 1; border: none; background: none; cursor: pointer; padding: 2px 6px; }
.status { margin: 0 0 8px; }
.meta { margin: 8px 0 0; color: #5b5b63; font-size: 12px; }
button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.notices { display: flex; flex-direction: column; gap: 6px; align-items: flex-end; }
.notice { display: flex; align-items: center; gap: 8px; max-width: min(420px, calc(100vw - 32px)); background: #1d1d1f;
  color: #fff; border-radius: 8px; padding: 8px 10px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.notice-success { background: #17753a; }
.notice-error { background: #b00020; }
.notice-text { flex: 1; }
.notice-action { font: inherit; font-weight: 700; color: #fff; background: transparent; border: 1px solid #fff;
  border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.notice-close { font: inherit; font-size: 18px; line-height: 1; color: #fff; background: none; border: none; cursor: pointer; }
`;
