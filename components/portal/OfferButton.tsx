/**
 * "Lưu mã hồ sơ" next to a code that only appears on the page (a list, an article): saving is the person's choice.
 */
export interface OfferButtonProps {
  code: string;
  saved: boolean;
  onSave(): void;
}

export function OfferButton({ code, saved, onSave }: OfferButtonProps) {
  return (
    <button
      type="button"
      class="offer"
      disabled={saved}
      aria-label={saved ? `Đã lưu mã hồ sơ ${code}` : `Lưu mã hồ sơ ${code}`}
      title={saved ? 'Đã lưu vào Trợ lý' : 'Lưu mã hồ sơ này vào Trợ lý để tra cứu sau'}
      onClick={(e) => e.isTrusted && !saved && onSave()}
    >
      {saved ? '✓ Đã lưu' : '+ Lưu mã'}
    </button>
  );
}

export const offerButtonCss = `
:host { all: initial; display: inline-block; margin-left: 6px; vertical-align: middle; }
.offer { font: 600 12px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; color: #b3121f;
  background: #fff; border: 1px solid #b3121f; border-radius: 999px; padding: 1px 8px; cursor: pointer; }
.offer:disabled { color: #17753a; border-color: #17753a; cursor: default; }
.offer:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
`;
