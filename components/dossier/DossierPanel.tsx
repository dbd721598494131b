/**
 * Saved dossiers: the list with search as you type, lookups one at a time or all together, details with the timeline
 * and QR, manual add, delete with undo. Everything outside (store, background, clipboard) comes in as `source` and
 * `actions`, so the whole panel is testable without a browser.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { hasNews } from '../../utils/dossier';
import { AddDossierForm } from './AddDossierForm';
import { Announcer } from './Announcer';
import { CheckAllBar } from './CheckAllBar';
import { summaryText } from './checkAll';
import { DossierDetails } from './DossierDetails';
import { DossierEmptyState } from './DossierEmptyState';
import { DossierList } from './DossierList';
import { SearchBox } from './SearchBox';
import type { AddResult, DossierActions, DossierSource, ManualDossier } from './types';
import { useCheckAll } from './useCheckAll';
import { PAGE_SIZE, useDossierData } from './useDossierData';
import { useDossierOps } from './useDossierOps';

/** 10004 → "10.004", as Vietnamese writes numbers. */
const count = (n: number) => n.toLocaleString('vi-VN');

export interface DossierPanelProps {
  source: DossierSource;
  actions: DossierActions;
  /** The clock for due dates; tests pin it. */
  now?: Date;
  /** Told once the first rows (or the empty state) are on screen: the popup's performance mark. */
  onFirstRender?: () => void;
}

export function DossierPanel({ source, actions, now = new Date(), onFirstRender }: DossierPanelProps) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [detailsCode, setDetailsCode] = useState<string>();
  const [adding, setAdding] = useState(false);
  const data = useDossierData(source, query);
  const ops = useDossierOps(actions, data);
  const checkAll = useCheckAll();
  const rootRef = useRef<HTMLDivElement>(null);
  /** Where focus goes after the next render: a button found by its accessible name (aria-label, else its text). */
  const [focusName, setFocusName] = useState<string>();

  const firstRendered = useRef(false);
  useEffect(() => {
    if (firstRendered.current || data.total === undefined) return;
    firstRendered.current = true;
    onFirstRender?.();
  }, [data.total]);

  useEffect(() => {
    if (focusName === undefined) return;
    const buttons = Array.from(rootRef.current?.querySelectorAll<HTMLElement>('button') ?? []);
    buttons.find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === focusName)?.focus();
    setFocusName(undefined);
  }, [focusName]);

  const onSearch = (value: string) => {
    setQuery(value);
    setShown(PAGE_SIZE);
  };

  const openDetails = (code: string) => {
    setDetailsCode(code);
    const record = data.find(code);
    if (record && hasNews(record)) void ops.markSeen(code);
  };
  const closeDetails = () => {
    if (detailsCode) setFocusName(`Chi tiết hồ sơ ${detailsCode}`);
    setDetailsCode(undefined);
  };

  const remove = async (code: string) => {
    if (await ops.remove(code)) {
      if (detailsCode === code) setDetailsCode(undefined);
      // The row and its buttons are gone: put focus on "Hoàn tác", the next thing the person may want.
      setFocusName('Hoàn tác');
    }
  };

  const add = async (fields: ManualDossier): Promise<AddResult> => {
    const result = await actions.addManual(fields);
    if (result.ok) {
      const { code } = result.record;
      setAdding(false);
      ops.announce({
        tone: 'ok',
        text: result.created ? `Đã lưu mã hồ sơ ${code}. Bấm “Tra cứu” để xem tình trạng.` : `Mã hồ sơ ${code} đã có trong danh sách; đã cập nhật.`,
      });
      await data.refresh(code);
      setFocusName(`Tra cứu hồ sơ ${code}`);
    }
    return result;
  };

  const runAll = async () => {
    const codes = (data.matches ?? []).map((r) => r.code);
    ops.announce({ tone: 'info', text: `Bắt đầu tra cứu ${codes.length} hồ sơ, lần lượt từng hồ sơ.` });
    const summary = await checkAll.start(codes, (code) => ops.lookUp(code, undefined, { quiet: true }));
    if (summary) ops.announce({ tone: summary.failed > 0 ? 'error' : 'ok', text: summaryText(summary) });
  };

  const details = detailsCode === undefined ? undefined : data.find(detailsCode);
  const matches = data.matches ?? [];
  const empty = data.total === 0;
  const running = checkAll.progress !== undefined;

  return (
    <div class="dossier-panel" ref={rootRef}>
      {data.error && <p role="alert">{data.error}</p>}
      {data.total === undefined && !data.error && <p class="muted">Đang tải…</p>}
      {empty && !details && <DossierEmptyState adding={adding} onAdd={() => setAdding(true)} />}

      {!empty && !details && data.total !== undefined && (
        <div class="toolbar">
          <SearchBox value={query} onInput={onSearch} loading={data.searching} />
          <div class="toolbar-actions">
            <button type="button" class="primary" disabled={!data.ready || running || matches.length === 0} onClick={() => void runAll()}>
              Tra cứu tất cả
            </button>
            <button type="button" aria-expanded={adding} onClick={() => setAdding((open) => !open)}>
              Thêm mã hồ sơ
            </button>
          </div>
          <p class="count" aria-live="off">
            {query.trim() === ''
              ? `${count(data.total)} hồ sơ đã lưu, mới nhất ở trên`
              : data.matches === undefined
                ? `Đang tìm trong ${count(data.total)} hồ sơ…`
                : `Tìm thấy ${count(matches.length)}${!data.ready && matches.length >= PAGE_SIZE ? '+' : ''} / ${count(data.total)} hồ sơ`}
          </p>
        </div>
      )}

      {/* In the flow, under the toolbar: an overlay would cover the rows and their buttons. */}
      <Announcer announcement={ops.announcement} onDismiss={() => ops.announce(undefined)} />

      {checkAll.progress && <CheckAllBar progress={checkAll.progress} stopping={checkAll.stopping} onStop={checkAll.stop} />}

      {adding && !details && <AddDossierForm now={now} onSubmit={add} onCancel={() => setAdding(false)} />}

      {details ? (
        <DossierDetails
          record={details}
          now={now}
          busy={ops.busy.has(details.code)}
          failure={ops.failures[details.code]}
          onBack={closeDetails}
          onLookup={(code, id) => void ops.lookUp(code, id)}
          onCopy={(code) => void ops.copy(code)}
          onRemove={(code) => void remove(code)}
          onSaveNote={ops.saveNote}
        />
      ) : (
        !empty &&
        (query.trim() !== '' && data.matches !== undefined && matches.length === 0 ? (
          <p class="no-match">Không tìm thấy hồ sơ nào khớp với “{query.trim()}”.</p>
        ) : (
          <DossierList
            records={matches.slice(0, shown)}
            now={now}
            busy={ops.busy}
            failures={ops.failures}
            notes={ops.notes}
            more={data.ready ? Math.max(0, matches.length - shown) : 0}
            onMore={() => setShown((n) => n + PAGE_SIZE)}
            onLookup={(code, id) => void ops.lookUp(code, id)}
            onCopy={(code) => void ops.copy(code)}
            onDetails={openDetails}
            onRemove={(code) => void remove(code)}
          />
        ))
      )}
    </div>
  );
}
