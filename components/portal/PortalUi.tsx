/** Everything the extension shows in the corner of a portal page: notices above the launcher. */
import type { ComponentChildren } from 'preact';
import { Launcher } from './Launcher';
import { Notices, type Notice } from './Notices';

export interface PortalUiProps {
  pageName: string | undefined;
  version: string;
  notices: readonly Notice[];
  onDismissNotice(id: number): void;
  /** Page-specific actions in the launcher's panel. */
  children?: ComponentChildren;
}

export function PortalUi({ pageName, version, notices, onDismissNotice, children }: PortalUiProps) {
  return (
    <Launcher pageName={pageName} version={version} above={<Notices notices={notices} onDismiss={onDismissNotice} />}>
      {children}
    </Launcher>
  );
}
