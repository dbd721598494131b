export { lookUpDossier, DEFAULT_LOOKUP_TIMEOUTS, type LookupTabs, type LookupTimeouts } from './flow';
