/**
 * A dossier's status: the portal's own words, exactly as the desk will say them, in a chip whose colour and icon come
 * from the small set of states. When the state's plain meaning adds something ("Yêu cầu thực hiện nghĩa vụ tài chính"
 * → "Cần nộp phí, lệ phí"), it is shown under the chip.
 */
import { fold } from '../../utils/text';
import { STATE_INFO, stateOfStatusText, type DossierState } from '../../utils/dossier';
import { StateIcon } from './StateIcon';

export interface StatusBadgeProps {
  /** The portal's wording from the latest check; undefined before any check. */
  statusText: string | undefined;
  /** Show the state's meaning when it differs from the wording (lists: yes; timeline entries: no). */
  explain?: boolean;
}

export function stateOf(statusText: string | undefined): DossierState {
  return statusText === undefined ? 'unchecked' : stateOfStatusText(statusText);
}

export function StatusBadge({ statusText, explain = true }: StatusBadgeProps) {
  const state = stateOf(statusText);
  const info = STATE_INFO[state];
  const words = statusText ?? info.vi;
  const meaning =
    explain && statusText !== undefined && state !== 'unknown' && fold(info.vi) !== fold(statusText) ? info.vi : undefined;
  return (
    <span class="status">
      <span class={`badge tone-${info.tone}`} data-state={state}>
        <StateIcon name={info.icon} />
        <span class="sr-only">Tình trạng: </span>
        <span class="status-text">{words}</span>
      </span>
      {meaning !== undefined && <span class="status-meaning">{meaning}</span>}
    </span>
  );
}
