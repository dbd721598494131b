/** Search as you type over code, procedure, owner, note and label; diacritics optional ("ly lich" finds "lý lịch"). */
export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  /** The index is still loading and the store is answering instead. */
  loading: boolean;
}

export function SearchBox({ value, onInput, loading }: SearchBoxProps) {
  return (
    <div class="search" role="search">
      <input
        type="search"
        aria-label="Tìm hồ sơ"
        placeholder="Mã, thủ tục, chủ hồ sơ, ghi chú…"
        value={value}
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {loading && (
        <span class="search-loading" aria-hidden="true">
          Đang tải…
        </span>
      )}
    </div>
  );
}
