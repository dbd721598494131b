/**
 * Autofill: collect → classify → plan → fill, then undo. Gets a root and a profile; knows nothing about storage,
 * messaging or which portal it runs on. Acts only when called (the caller checks the user gesture), only on the
 * controls it planned, never through eval or the page's main world.
 */
export { collectControls } from './collect';
export type { CollectOptions } from './collect';
export { planFill } from './plan';
export { fillPlan } from './fill/run';
export type { FillOptions } from './fill/run';
export { undoFill } from './fill/undo';
export { watchForms } from './watch';
export type { WatchOptions } from './watch';
export type {
  AddressKind, Classification, Confidence, Control, ControlKind, DatePart, Evidence, FieldType, FillReport, FillValue,
  OptionWant, Outcome, Plan, PlanCode, PlanEntry, PlanOptions, Snapshot, Subject, Timings, UndoReport,
} from './types';
