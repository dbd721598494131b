/**
 * The three ways in: the text box a USB scanner types into (it ends with Enter; pasting works too), a photo of the
 * card, and the camera where there is one. The text box is uncontrolled: a scanner types a hundred characters in a
 * burst, and only the finished line matters.
 */
import type { Ref } from 'preact';
import { FieldLabel } from '../forms/FieldLabel';

export interface QrInputsProps {
  onLine: (text: string) => void;
  onImage: (file: File) => void;
  /** Undefined while unknown; the camera button shows only when a camera exists. */
  cameraAvailable: boolean | undefined;
  onCamera: () => void;
  /** A photo is being read. */
  reading: boolean;
  lineRef?: Ref<HTMLInputElement>;
}

export function QrInputs({ onLine, onImage, cameraAvailable, onCamera, reading, lineRef }: QrInputsProps) {
  const submit = (e: Event): void => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('cccd-line');
    if (!(input instanceof HTMLInputElement)) return;
    const text = input.value;
    // Cleared at once: the next resident's card is scanned into an empty box, and the line does not linger.
    input.value = '';
    onLine(text);
  };
  return (
    <div class="cccd-inputs">
      <form class="field" onSubmit={submit} aria-label="Đọc dữ liệu mã QR">
        <FieldLabel
          htmlFor="cccd-line"
          label="Dữ liệu mã QR"
          labelEn="QR data: scan with a USB scanner, or paste and press Enter"
          hint="Bấm vào ô này rồi quét mã QR trên thẻ bằng máy quét (máy quét tự nhấn Enter), hoặc dán dữ liệu rồi nhấn Enter."
          hintId="cccd-line-hint"
        />
        <div class="cccd-line-row">
          <input
            id="cccd-line"
            name="cccd-line"
            ref={lineRef}
            type="text"
            autoComplete="off"
            spellcheck={false}
            aria-describedby="cccd-line-hint"
          />
          <button type="submit">Đọc dữ liệu</button>
        </div>
      </form>
      <div class="field">
        <FieldLabel
          htmlFor="cccd-image"
          label="Ảnh mã QR trên thẻ"
          labelEn="Photo of the card's QR code (JPEG or PNG)"
          hint="Chụp mặt trước thẻ sao cho thấy rõ mã QR. Ảnh chỉ được đọc trên máy này, không gửi đi đâu."
          hintId="cccd-image-hint"
        />
        <input
          id="cccd-image"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif,image/bmp"
          aria-describedby="cccd-image-hint"
          disabled={reading}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Emptied so choosing the same photo again is a new choice.
            input.value = '';
            if (file !== undefined) onImage(file);
          }}
        />
      </div>
      {cameraAvailable === true && (
        <div>
          <button type="button" onClick={onCamera}>
            Quét bằng camera
          </button>
          <span class="en" lang="en">Scan with the camera</span>
        </div>
      )}
    </div>
  );
}
