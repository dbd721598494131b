/** Step-by-step guides: guide data and its schema, locators, the tour state machine, its storage and the runner. */
export {
  Guide, Step, Locator, Completion, Placement, StepPage, Text, ROLES, EXTENSION_TARGETS, parseGuide,
} from './schema';
export type { GuideInput, StepInput, GuideParseResult, Role, ExtensionTarget } from './schema';
export { matchesUrlPattern, isUrlPattern } from './url-pattern';
export { locate, isVisible } from './locate';
export type { LocateOptions, Located } from './locate';
export { accessibleName } from './a11y';
export { isEditable, ownsArrowKeys, isFieldValid } from './field';
export { GuideState, GUIDE_STATUSES, readState } from './state';
export type { GuideStatus, HistoryEntry } from './state';
export { startState, transition, isTerminal, enteredByBack, resumableState } from './machine';
export type { GuideEvent } from './machine';
export {
  guideStateKey, storageGuideStore, memoryGuideStore, remoteGuideStore, serveGuideStoreOp,
} from './session';
export type { GuideStateStore, StorageAreaLike, GuideStoreOp } from './session';
export { loadActiveTour } from './resume';
export type { ActiveTour } from './resume';
export { createGuideRunner } from './runner';
export type { GuideRunner, GuideRunnerOptions } from './runner';
export { buildView, sameView } from './view';
export type { GuideView, GuideViewMode } from './view';
export { placePopover } from './place';
export type { Rect, Size, Side, PopoverPosition } from './place';
export { guideHintUrl, readGuideHint, withoutGuideHint, GUIDE_HINT_KEY } from './hint';
export { builtInGuides, builtInGuide, BUILT_IN_GUIDE_IDS, BUILT_IN_GUIDE_DATA, isBuiltInGuideId } from './guides';
export type { BuiltInGuideId } from './guides';
