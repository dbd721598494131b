import { describe, expect, it } from 'vitest';
import statuses from './fixtures/dossier-statuses.json';
import { NATIONAL_STATUSES, THANH_HOA_STATUSES } from '../../../utils/dossier/status-data';
import { DOSSIER_STATES, STATE_INFO } from '../../../utils/dossier/states';
import {
  isKnownStatusText,
  stateOfRecord,
  stateOfStatusText,
  stateOfThanhHoaCode,
  thanhHoaStatusOf,
} from '../../../utils/dossier/status';

const EXPECTED_TH: Record<string, string> = {
  '1': 'submitted',
  '2': 'accepted',
  '3': 'rejected',
  '4': 'processing',
  '5': 'documents-required',
  '6': 'payment-required',
  '7': 'withdrawn',
  '8': 'stopped',
  '9': 'result-ready',
  '10': 'done',
};

describe('Thanh Hóa statuses', () => {
  it('are the 10 labels of the shared data set, word for word', () => {
    expect(THANH_HOA_STATUSES.map(({ code, label }) => ({ code, label }))).toEqual(
      statuses.thanhHoa.statuses.map(({ code, label }) => ({ code, label })),
    );
  });

  it.each(statuses.thanhHoa.statuses)('maps "$label" (code $code)', ({ code, label }) => {
    expect(stateOfStatusText(label)).toBe(EXPECTED_TH[code]);
    expect(stateOfThanhHoaCode(code)).toBe(EXPECTED_TH[code]);
    expect(thanhHoaStatusOf(label)?.code).toBe(code);
  });

  it('marks exactly the citizen-action statuses as action required', () => {
    for (const s of statuses.thanhHoa.statuses) {
      expect(STATE_INFO[stateOfStatusText(s.label)].actionRequired).toBe(s.citizenActionRequired);
    }
  });

  it('matches by folded text: case, NFD, old tone placement and trailing punctuation do not matter', () => {
    expect(stateOfStatusText('ĐANG XỬ LÝ')).toBe('processing');
    expect(stateOfStatusText('Đang xử lý'.normalize('NFD'))).toBe('processing');
    expect(stateOfStatusText('  Đã trả kết quả. ')).toBe('done');
    expect(stateOfStatusText('Yêu cầu bổ sung giấy tờ!')).toBe('documents-required');
  });

  it('does not match by substring', () => {
    expect(stateOfStatusText('Đang xử lý hồ sơ bổ sung')).toBe('unknown');
    expect(stateOfStatusText('Được tiếp nhận một phần')).toBe('unknown');
  });

  it('maps the list page wording "Chờ xác nhận yêu cầu bổ sung" to documents required', () => {
    expect(stateOfStatusText('Chờ xác nhận yêu cầu bổ sung')).toBe('documents-required');
  });

  it('maps unknown or empty text to unknown', () => {
    expect(stateOfStatusText('Đang chờ phê duyệt cấp tỉnh')).toBe('unknown');
    expect(stateOfStatusText('')).toBe('unknown');
    expect(stateOfStatusText(undefined)).toBe('unknown');
    expect(stateOfThanhHoaCode('11')).toBe('unknown');
    expect(isKnownStatusText('Đang chờ phê duyệt cấp tỉnh')).toBe(false);
  });
});

describe('national portal vocabulary', () => {
  it('covers every value of the shared data set with the same Thanh Hóa code', () => {
    expect(NATIONAL_STATUSES.map(({ value, thanhHoaCode }) => ({ value, thanhHoaCode }))).toEqual(statuses.national.statuses);
  });

  it.each(statuses.national.statuses.filter((s) => s.thanhHoaCode !== '0'))(
    '"$value" lands in the same state as Thanh Hóa code $thanhHoaCode',
    ({ value, thanhHoaCode }) => {
      expect(stateOfStatusText(value)).toBe(EXPECTED_TH[thanhHoaCode]);
    },
  );

  it('treats interoperating as processing and posting (meaning unknown) as unknown', () => {
    expect(stateOfStatusText('interoperating')).toBe('processing');
    expect(stateOfStatusText('posting')).toBe('unknown');
  });
});

describe('states', () => {
  it('each carry a Vietnamese and an English description, a tone and an icon', () => {
    for (const state of DOSSIER_STATES) {
      const info = STATE_INFO[state];
      expect(info.vi.length).toBeGreaterThan(3);
      expect(info.en.length).toBeGreaterThan(3);
      expect(info.icon).not.toBe('');
    }
  });

  it('a record without checks is unchecked; otherwise its latest check decides', () => {
    expect(stateOfRecord({ history: [] })).toBe('unchecked');
    expect(
      stateOfRecord({
        history: [
          { checkedAt: '2023-10-28T01:00:00.000Z', statusText: 'Được tiếp nhận' },
          { checkedAt: '2023-11-01T01:00:00.000Z', statusText: 'Đã xử lý xong' },
        ],
      }),
    ).toBe('result-ready');
  });
});
