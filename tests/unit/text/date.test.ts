import { describe, expect, it } from 'vitest';
import {
  ageOn, compareIsoDates, daysInMonth, formatDisplayDate, isLeapYear, isValidIsoDate, parseDisplayDate, todayIso,
} from '../../../utils/text';

describe('leap years and month lengths', () => {
  it.each([
    [2024, true], [2023, false], [2000, true], [1900, false], [2100, false], [1996, true],
  ])('%i is a leap year: %s', (year, leap) => expect(isLeapYear(year)).toBe(leap));

  it('gives February 29 days only in leap years and 30 days to April, June, September, November', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect([4, 6, 9, 11].map((m) => daysInMonth(2025, m))).toEqual([30, 30, 30, 30]);
    expect([1, 3, 5, 7, 8, 10, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 31, 31, 31, 31, 31, 31]);
  });
});

describe('reading dates typed by people (day first)', () => {
  it.each([
    ['15/03/1990', '1990-03-15'],
    ['5/3/1990', '1990-03-05'],
    ['05-03-1990', '1990-03-05'],
    ['5.3.1990', '1990-03-05'],
    [' 29/02/2024 ', '2024-02-29'],
    ['1990-03-15', '1990-03-15'],
    ['31 / 12 / 2000', '2000-12-31'],
  ])('reads "%s" as %s', (typed, iso) => expect(parseDisplayDate(typed)).toBe(iso));

  it.each([
    ['29/02/2023', 'not a leap year'],
    ['31/04/2024', 'April has 30 days'],
    ['00/01/2024', 'day zero'],
    ['15/13/1990', 'month 13'],
    ['03/15/1990', 'month first (US order)'],
    ['15/03/90', 'two-digit year'],
    ['1990-02-30', 'invalid ISO day'],
    ['hôm qua', 'words'],
    ['', 'empty'],
  ])('rejects "%s" (%s)', (typed) => expect(parseDisplayDate(typed)).toBeUndefined());
});

describe('ISO dates', () => {
  it('checks calendar validity, not just the shape', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-2-9')).toBe(false);
  });

  it('formats ISO as dd/mm/yyyy like the portals', () => {
    expect(formatDisplayDate('1990-03-05')).toBe('05/03/1990');
    expect(formatDisplayDate('2023-02-29')).toBeUndefined();
  });

  it('round-trips every day of a leap year', () => {
    for (let day = new Date(2024, 0, 1); day.getFullYear() === 2024; day.setDate(day.getDate() + 1)) {
      const iso = todayIso(day);
      expect(parseDisplayDate(formatDisplayDate(iso) ?? '')).toBe(iso);
    }
  });

  it('gives today in local time and compares ISO dates', () => {
    expect(todayIso(new Date(2025, 6, 1, 23, 59))).toBe('2025-07-01');
    expect(compareIsoDates('1990-03-15', '2001-01-01')).toBeLessThan(0);
    expect(compareIsoDates('2001-01-01', '2001-01-01')).toBe(0);
  });

  it('computes age on a day, counting the birthday itself', () => {
    expect(ageOn('2010-06-15', '2024-06-14')).toBe(13);
    expect(ageOn('2010-06-15', '2024-06-15')).toBe(14);
    expect(ageOn('2010-02-30', '2024-06-15')).toBeUndefined();
  });
});
