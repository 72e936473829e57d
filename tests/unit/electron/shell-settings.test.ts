import { describe, expect, it } from 'vitest';
import { DEFAULT_SHELL_SETTINGS, parseShellSettings } from '../../../electron/shell-settings';

describe('shell settings', () => {
  it('reads a saved theme and language', () => {
    expect(parseShellSettings({ theme: 'dark', locale: 'en' })).toEqual({ theme: 'dark', locale: 'en' });
  });

  it('falls back field by field, so one bad value does not lose the other', () => {
    expect(parseShellSettings({ theme: 'neon', locale: 'en' })).toEqual({ theme: 'system', locale: 'en' });
    expect(parseShellSettings({ theme: 'light' })).toEqual({ theme: 'light', locale: 'pt-BR' });
    expect(parseShellSettings({})).toEqual(DEFAULT_SHELL_SETTINGS);
  });

  it('refuses what is not an object at all', () => {
    expect(parseShellSettings('dark')).toBeUndefined();
    expect(parseShellSettings(null)).toBeUndefined();
  });
});
