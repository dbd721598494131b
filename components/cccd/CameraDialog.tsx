/**
 * A live camera preview in a modal dialog. The camera runs only while the dialog is open: it stops as soon as a code
 * is read, when "Đóng" or Escape closes the dialog, and if the dialog goes away for any other reason.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CameraAccess } from './types';

export interface CameraDialogProps {
  camera: CameraAccess;
  onText: (text: string) => void;
  onClose: () => void;
  /** Milliseconds between frame reads. */
  interval?: number;
}

function cameraError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Trình duyệt chưa cho phép dùng camera. Hãy cho phép ở biểu tượng camera trên thanh địa chỉ rồi thử lại, hoặc dùng ảnh chụp hay máy quét.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'Không tìm thấy camera trên máy này.';
  if (name === 'NotReadableError') return 'Camera đang được một chương trình khác dùng. Hãy tắt chương trình đó rồi thử lại.';
  return 'Không mở được camera.';
}

export function CameraDialog({ camera, onText, onClose, interval = 200 }: CameraDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<'starting' | 'scanning' | 'error'>('starting');
  const [error, setError] = useState('');
  const handlers = useRef({ onText, onClose });
  handlers.current = { onText, onClose };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog !== null && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    let stream: MediaStream | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = (): void => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      const video = videoRef.current;
      if (video !== null) video.srcObject = null;
    };
    const tick = async (): Promise<void> => {
      const video = videoRef.current;
      if (stopped || video === null) return;
      const text = await camera.readFrame(video).catch(() => undefined);
      if (stopped) return;
      if (text !== undefined) {
        stop();
        handlers.current.onText(text);
        return;
      }
      timer = setTimeout(() => void tick(), interval);
    };
    camera.open().then(
      async (s) => {
        if (stopped) {
          for (const track of s.getTracks()) track.stop();
          return;
        }
        stream = s;
        const video = videoRef.current;
        if (video === null) return;
        video.srcObject = s;
        try {
          await video.play();
        } catch {
          // A muted preview may still be refused autoplay somewhere; frames are read from it all the same.
        }
        if (stopped) return;
        setState('scanning');
        void tick();
      },
      (e: unknown) => {
        if (stopped) return;
        setState('error');
        setError(cameraError(e));
      },
    );
    return stop;
  }, []);

  return (
    <dialog
      ref={dialogRef}
      class="cccd-camera"
      aria-labelledby="cccd-camera-title"
      onCancel={(e) => {
        // Escape: close through the page's state, so the camera stops with the dialog.
        e.preventDefault();
        handlers.current.onClose();
      }}
    >
      <h3>
        <span id="cccd-camera-title">Quét mã QR bằng camera</span>
        <span class="en" lang="en">Scan the QR code with the camera</span>
      </h3>
      <video ref={videoRef} muted playsInline aria-label="Hình từ camera" />
      <p role="status" class={state === 'error' ? 'msg-error' : 'hint'}>
        {state === 'starting' && 'Đang mở camera…'}
        {state === 'scanning' && 'Đưa mã QR trên thẻ vào giữa khung hình, giữ yên và đủ sáng. Camera tự tắt khi đọc được mã.'}
        {state === 'error' && error}
      </p>
      <div class="form-actions">
        <button type="button" onClick={() => handlers.current.onClose()}>
          Đóng
        </button>
      </div>
    </dialog>
  );
}
