/** The popup's dossier panel and the pieces it is made of. */
export { DossierPanel, type DossierPanelProps } from './DossierPanel';
export { StatusBadge } from './StatusBadge';
export { StatusTimeline } from './StatusTimeline';
export { LookupQr } from './LookupQr';
export type { DossierActions, DossierSource } from './types';
