/** CSS of the fill bar and its report, for their shadow root. */
export const fillCss = `
:host { all: initial; display: block; margin: 8px 0 12px; }
* { box-sizing: border-box; }
.fill-bar { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; color: #1d1d1f;
  background: #fff8e6; border: 1px solid #e0a100; border-left: 4px solid #b3121f; border-radius: 8px; padding: 8px 12px; }
.fill-row { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; }
.fill-mark { color: #b3121f; font-weight: 700; }
.fill-primary { font: inherit; font-weight: 700; color: #fff; background: #b3121f; border: 1px solid #b3121f;
  border-radius: 6px; padding: 5px 14px; cursor: pointer; }
.fill-primary:disabled { opacity: .6; cursor: progress; }
.fill-secondary { font: inherit; color: #1d1d1f; background: #fff; border: 1px solid #8f8f99; border-radius: 6px;
  padding: 4px 10px; cursor: pointer; }
.fill-choose { display: inline-flex; align-items: center; gap: 6px; }
.fill-choose select { font: inherit; padding: 3px 6px; border: 1px solid #8f8f99; border-radius: 6px; background: #fff; }
.fill-hint { color: #3a3a40; }
.fill-message { margin: 6px 0 0; color: #b00020; }
button:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.report { margin-top: 8px; border-top: 1px solid #e8d9b0; padding-top: 8px; }
.report-status { margin: 0 0 6px; font-weight: 700; }
.report-group { margin: 4px 0; }
.report-group summary { cursor: pointer; font-weight: 600; }
.report-group ul { margin: 4px 0 4px 18px; padding: 0; max-height: 260px; overflow: auto; }
.report-group li { margin: 2px 0; }
.report-field { font-weight: 600; }
.report-value { margin-left: 6px; }
.report-value::before { content: '→ '; color: #5b5b63; }
.report-reason { margin-left: 6px; color: #5b5b63; }
.report-reason::before { content: '('; } .report-reason::after { content: ')'; }
.report-filled summary { color: #17753a; }
.report-differs summary, .report-failed summary { color: #8a5a00; }
.report-note { margin: 6px 0; color: #3a3a40; }
.report-actions { display: flex; gap: 8px; }
`;
