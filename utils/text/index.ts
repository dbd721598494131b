export { fold, tidy, foldedEquals } from './fold';
export {
  isLeapYear, daysInMonth, isCalendarDate, toIsoDate, splitIsoDate, isValidIsoDate, parseDisplayDate,
  formatDisplayDate, todayIso, compareIsoDates, ageOn,
} from './date';
export { splitUnitName, stripUnitPrefix, matchUnitName } from './unit-prefix';
export type { UnitLevel, UnitType, UnitName, UnitMatch, UnitMatchKind } from './unit-prefix';
export { searchFolded } from './search';
export type { SearchHit, SearchOptions } from './search';
