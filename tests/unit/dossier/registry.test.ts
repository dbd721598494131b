import { describe, expect, it } from 'vitest';
import examples from './fixtures/dossier-code-examples.json';
import { ALL_FORMATS, DEFAULT_FORMATS } from '../../../utils/dossier/formats';
import { checkDossierCode, isDossierCode, parseDossierCode } from '../../../utils/dossier/registry';
import { normalizeDossierCode } from '../../../utils/dossier/normalize';

// After every example in the shared data set (latest 2024-08-23).
const NOW = new Date('2025-06-20T03:00:00Z');

describe('dossier-code examples from the shared data set', () => {
  it('keeps its source', () => {
    expect(examples.source).toContain('HuanVu201/DichVuCong_KhoaLuan_PASETO');
  });

  it.each(examples.valid)('accepts %s', (code) => {
    expect(parseDossierCode(code, { now: NOW })?.code).toBe(code);
  });

  it.each(examples.invalid)('rejects %s', (code) => {
    expect(parseDossierCode(code, { now: NOW })).toBeUndefined();
  });

  it.each(examples.normalisable)('normalises $input', ({ input, normalised }) => {
    expect(parseDossierCode(input, { now: NOW })?.code).toBe(normalised);
  });

  it('rejects by date and sequence checks the four codes that pass the regex alone', () => {
    const regex = new RegExp(examples.regex);
    for (const code of examples.invalidPassRegexOnly) {
      expect(regex.test(code)).toBe(true);
      expect(isDossierCode(code, { now: NOW })).toBe(false);
    }
  });
});

describe('each registered format runs its own examples', () => {
  for (const format of ALL_FORMATS.filter((f) => f.pattern)) {
    describe(format.id, () => {
      it.each(format.examples.valid)('accepts %s', (code) => {
        expect(parseDossierCode(code, { now: NOW, formats: [format] })?.format).toBe(format.id);
      });
      it.each(format.examples.invalid)('rejects %s', (code) => {
        expect(parseDossierCode(code, { now: NOW, formats: [format] })).toBeUndefined();
      });
    });
  }

  it('uses named groups agency, date and seq in every pattern', () => {
    for (const format of ALL_FORMATS) {
      if (!format.pattern) continue;
      expect(format.pattern.source).toMatch(/\(\?<agency>/);
      expect(format.pattern.source).toMatch(/\(\?<date>/);
      expect(format.pattern.source).toMatch(/\(\?<seq>/);
      expect(format.pattern.source.startsWith('^')).toBe(true);
      expect(format.pattern.source.endsWith('$')).toBe(true);
    }
  });

  it('documents the national portal slot without a pattern, so it can never match junk', () => {
    const national = ALL_FORMATS.find((f) => f.id === 'national');
    expect(national?.evidence).toBe('unknown');
    expect(national?.pattern).toBeUndefined();
    expect(DEFAULT_FORMATS).not.toContain(national);
  });

  it('keeps weakly evidenced formats off by default', () => {
    const weak = ALL_FORMATS.filter((f) => f.evidence === 'weak');
    expect(weak.length).toBeGreaterThan(0);
    for (const format of weak) {
      expect(DEFAULT_FORMATS).not.toContain(format);
      for (const code of format.examples.valid) expect(parseDossierCode(code, { now: NOW })).toBeUndefined();
    }
  });
});

describe('parseDossierCode', () => {
  it('splits a Thanh Hóa code into agency, received date and sequence', () => {
    expect(parseDossierCode('000.00.06.H56-231027-0361', { now: NOW })).toEqual({
      code: '000.00.06.H56-231027-0361',
      format: 'thanh-hoa',
      agency: '000.00.06.H56',
      receivedDate: '2023-10-27',
      sequence: 361,
    });
  });

  it('reads the short agency form', () => {
    expect(parseDossierCode('H56.14-240823-0001', { now: NOW })).toMatchObject({ agency: 'H56.14', sequence: 1 });
  });

  it('names other provinces with the generic format', () => {
    expect(parseDossierCode('000.00.01.H29-240115-0001', { now: NOW })).toMatchObject({
      format: 'province',
      agency: '000.00.01.H29',
    });
  });

  it('accepts a 5-digit sequence and rejects 6 digits', () => {
    expect(parseDossierCode('000.00.06.H56-231027-12345', { now: NOW })?.sequence).toBe(12345);
    expect(parseDossierCode('000.00.06.H56-231027-123456', { now: NOW })).toBeUndefined();
  });

  it('accepts 29 February only in leap years', () => {
    expect(isDossierCode('000.00.06.H56-240229-0001', { now: NOW })).toBe(true);
    expect(isDossierCode('000.00.06.H56-230229-0001', { now: NOW })).toBe(false);
  });

  describe('dates relative to today in Việt Nam (UTC+7)', () => {
    // 2025-06-20 23:30 in Hà Nội is still 2025-06-20 16:30 UTC.
    const lateEvening = new Date('2025-06-20T16:30:00Z');

    it('accepts today and tomorrow (local date)', () => {
      expect(isDossierCode('000.00.06.H56-250620-0001', { now: lateEvening })).toBe(true);
      expect(isDossierCode('000.00.06.H56-250621-0001', { now: lateEvening })).toBe(true);
    });

    it('rejects the day after tomorrow', () => {
      expect(checkDossierCode('000.00.06.H56-250622-0001', { now: lateEvening })).toMatchObject({
        ok: false,
        problem: 'future',
      });
    });

    it('counts the Vietnamese date, not the UTC one, after 17:00 UTC', () => {
      // 2025-06-20T17:30Z is already 2025-06-21 00:30 in Việt Nam, so 22 June is "tomorrow".
      expect(isDossierCode('000.00.06.H56-250622-0001', { now: new Date('2025-06-20T17:30:00Z') })).toBe(true);
    });
  });

  it('normalises NBSP, zero-width spaces, em dashes, minus signs and full-width characters', () => {
    expect(parseDossierCode('\u00a0000.00.06.h56\u2014231027\u22120361\u200b', { now: NOW })?.code).toBe(
      '000.00.06.H56-231027-0361',
    );
    expect(parseDossierCode('Ｈ５６.14-240823-0001', { now: NOW })?.code).toBe('H56.14-240823-0001');
  });

  it('does not repair inner spaces', () => {
    expect(normalizeDossierCode(' 000.00.06.H56 231027 0361 ')).toBe('000.00.06.H56 231027 0361');
    expect(isDossierCode('000.00.06.H56 231027 0361', { now: NOW })).toBe(false);
  });
});

describe('checkDossierCode explains the problem (for the manual-entry form)', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['038123456789', 'shape'],
    ['000.00.06.H56-231327-0361', 'date'],
    ['000.00.06.H56-301027-0361', 'future'],
    ['000.00.06.H56-231027-0000', 'sequence'],
  ])('%j → %s', (input, problem) => {
    expect(checkDossierCode(input, { now: NOW })).toMatchObject({ ok: false, problem });
  });
});
