/**
 * "Tạo từ mã QR trên CCCD": read the QR code on a resident's ID card (USB scanner, photo or camera), preview the
 * profile, then create it, or update the stored profile with the same ID number. Self-contained for the options page
 * and the popup's volunteer mode: storage, the unit data and the camera come in as props. Nothing read is logged or
 * kept: the line leaves the text box at once, and the card's data lives only in this component until saved or dropped.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AddressBook } from '../../utils/address';
import { parseCccdQr } from '../../utils/cccd';
import type { CccdCard, Message } from '../../utils/cccd';
import type { Issue, Profile, SaveResult } from '../../utils/profile';
import { StatusNotice } from '../forms/StatusNotice';
import type { Notice } from '../forms/StatusNotice';
import { ProfileForm } from '../profile/ProfileForm';
import { profileTitle } from '../profile/ProfileList';
import { CameraDialog } from './CameraDialog';
import { CardPreview } from './CardPreview';
import { browserCamera, readQrFromImage } from './io';
import { imageRefusal } from './messages';
import type { Refusal } from './messages';
import { buildPreview } from './model';
import { QrInputs } from './QrInputs';
import type { CameraAccess, ExistingProfile, ImageReadResult, QrSource, SaveCardProfile } from './types';

export interface CccdPanelProps {
  /** The unit data for splitting the address; while undefined the preview waits for it. */
  book: AddressBook | undefined;
  /** The unit data could not be loaded: the preview stops waiting and keeps the address whole. */
  bookFailed?: boolean;
  /** The stored profiles, to update the one with the same ID number instead of creating a duplicate. */
  existing: readonly ExistingProfile[];
  /** Shared computer or volunteer mode: new profiles are kept for this browser session only. */
  sessionOnly: boolean;
  /** Creates or replaces (by id) a profile; `session` asks for a session-only one. */
  onSave: SaveCardProfile;
  /** After a successful save (the page may focus the profile in its list). */
  onSaved?: (result: Extract<SaveResult, { ok: true }>) => void;
  /** Reading a photo; default: jsQR in this page. */
  readImage?: (file: File) => Promise<ImageReadResult>;
  /** The camera; default: the browser's. */
  camera?: CameraAccess;
  /** Ids for new profiles; default: random UUIDs. */
  createId?: () => string;
  /** Today as ISO, for tests. */
  today?: string;
}

interface Read {
  card: CccdCard;
  notes: readonly Message[];
  source: QrSource;
  newId: string;
}

export function CccdPanel(props: CccdPanelProps) {
  const { book, existing, sessionOnly, onSave, onSaved, today } = props;
  const bookFailed = props.bookFailed === true && book === undefined;
  const readImage = props.readImage ?? readQrFromImage;
  const camera = props.camera ?? browserCamera;
  const createId = props.createId ?? (() => crypto.randomUUID());
  const [read, setRead] = useState<Read>();
  const [refusal, setRefusal] = useState<Refusal>();
  const [chosen, setChosen] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveErrors, setSaveErrors] = useState<Issue[]>([]);
  const [notice, setNotice] = useState<Notice>();
  const [reading, setReading] = useState<string>();
  const [cameraOpen, setCameraOpen] = useState(false);
  const [cameraAvailable, setCameraAvailable] = useState<boolean>();
  const lineRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'line' | 'preview' | undefined>(undefined);

  useEffect(() => {
    let live = true;
    camera.available().then((yes) => live && setCameraAvailable(yes), () => live && setCameraAvailable(false));
    return () => {
      live = false;
    };
  }, []);

  // Focus moves only after the change it follows has rendered.
  useEffect(() => {
    const next = focusNext.current;
    const el = next === 'line' ? lineRef.current : next === 'preview' ? headingRef.current : null;
    if (el !== null && el !== undefined) {
      focusNext.current = undefined;
      el.focus();
    }
  });

  const model = useMemo(
    () => (read === undefined ? undefined : buildPreview({ card: read.card, book, existing, chosenCommune: chosen, newId: read.newId, today })),
    [read, book, existing, chosen, today],
  );

  const clear = (): void => {
    setRead(undefined);
    setChosen(undefined);
    setEditing(false);
    setSaveErrors([]);
  };

  const takeLine = (text: string, source: QrSource): void => {
    setNotice(undefined);
    const result = parseCccdQr(text);
    clear();
    if (!result.ok) {
      setRefusal({ message: result.message, details: result.details });
      // The scanner user stays in the box, ready to scan again; the alert is read out.
      if (source === 'text') focusNext.current = 'line';
      return;
    }
    setRefusal(undefined);
    setRead({ card: result.card, notes: result.notes, source, newId: createId() });
    focusNext.current = 'preview';
  };

  const takeImage = async (file: File): Promise<void> => {
    setNotice(undefined);
    setRefusal(undefined);
    clear();
    setReading(`Đang tìm mã QR trong ảnh “${file.name}”…`);
    let result: ImageReadResult;
    try {
      result = await readImage(file);
    } catch {
      result = { ok: false, reason: 'unreadable-file', ms: 0 };
    }
    setReading(undefined);
    if (result.ok) takeLine(result.text, 'image');
    else setRefusal(imageRefusal(result.reason, file.name));
  };

  const saved = (result: Extract<SaveResult, { ok: true }>, update: boolean): void => {
    const where = result.session ? ' Hồ sơ chỉ giữ trong phiên này.' : '';
    setNotice({
      tone: 'ok',
      text: `${update ? 'Đã cập nhật hồ sơ' : 'Đã tạo hồ sơ'}: ${profileTitle(result.profile)}.${where}`,
      textEn: update ? 'Profile updated.' : 'Profile created.',
    });
    clear();
    focusNext.current = 'line';
    onSaved?.(result);
  };

  const save = async (profile: Profile): Promise<SaveResult> => {
    const update = model?.target !== undefined;
    setSaving(true);
    let result: SaveResult;
    try {
      result = await onSave(profile, { session: sessionOnly && !update });
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      result = { ok: false, errors: [{ field: '', code: 'store.failed', message: `Không ghi được: ${text}`, messageEn: 'Could not write.' }], warnings: [] };
    } finally {
      setSaving(false);
    }
    if (result.ok) saved(result, update);
    else setSaveErrors(result.errors);
    return result;
  };

  return (
    <div class="cccd-panel">
      <p>
        Đọc mã QR trên mặt trước thẻ căn cước công dân (CCCD) hoặc thẻ căn cước để tạo hồ sơ trong vài giây: họ tên, số định
        danh, ngày sinh, giới tính, nơi thường trú, ngày cấp. Dữ liệu chỉ được xử lý trên máy này và chỉ được lưu khi bạn bấm lưu.
        <span class="en" lang="en">Read the QR code on the ID card to create a profile. Nothing leaves this computer.</span>
      </p>
      <StatusNotice notice={notice} onDismiss={() => setNotice(undefined)} id="cccd-status" />
      {!editing && (
        <QrInputs
          onLine={(text) => takeLine(text, 'text')}
          onImage={(file) => void takeImage(file)}
          cameraAvailable={cameraAvailable}
          onCamera={() => setCameraOpen(true)}
          reading={reading !== undefined}
          lineRef={lineRef}
        />
      )}
      <p role="status" class="hint cccd-progress">
        {reading}
      </p>
      {refusal !== undefined && (
        <div role="alert" class="cccd-refusal">
          <p>
            <strong>{refusal.message.vi}</strong>
            <span class="en" lang="en">{refusal.message.en}</span>
          </p>
          <ul>
            {refusal.details.map((d) => (
              <li key={d.vi}>{d.vi}</li>
            ))}
          </ul>
        </div>
      )}
      {read !== undefined && model !== undefined && !editing && (
        <CardPreview
          card={read.card}
          notes={read.notes}
          model={model}
          bookLoading={book === undefined && !bookFailed}
          bookFailed={bookFailed}
          sessionOnly={sessionOnly}
          saving={saving}
          saveErrors={saveErrors}
          onChoose={setChosen}
          onSave={() => void save(model.profile)}
          onEdit={() => setEditing(true)}
          onCancel={() => {
            clear();
            focusNext.current = 'line';
          }}
          headingRef={headingRef}
        />
      )}
      {read !== undefined && model !== undefined && editing && (
        <ProfileForm
          initial={model.profile}
          newId={read.newId}
          book={book}
          {...(today === undefined ? {} : { today })}
          onSave={save}
          onCancel={() => {
            setEditing(false);
            focusNext.current = 'preview';
          }}
          autoFocus
        />
      )}
      {cameraOpen && (
        <CameraDialog
          camera={camera}
          onText={(text) => {
            setCameraOpen(false);
            takeLine(text, 'camera');
          }}
          onClose={() => setCameraOpen(false)}
        />
      )}
    </div>
  );
}
