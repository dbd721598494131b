import { describe, expect, it } from 'vitest';
import { getSettings, readSettings, updateSettings } from '../../utils/settings';

describe('settings', () => {
  it('start with volunteer mode off', async () => {
    expect(await getSettings()).toEqual({ volunteerMode: false });
  });

  it('keep what was changed', async () => {
    await updateSettings({ volunteerMode: true });
    expect(await getSettings()).toEqual({ volunteerMode: true });
  });

  it('fall back to defaults when the stored value is corrupt', () => {
    expect(readSettings({ volunteerMode: 'yes' })).toEqual({ volunteerMode: false });
    expect(readSettings('garbage')).toEqual({ volunteerMode: false });
  });
});
