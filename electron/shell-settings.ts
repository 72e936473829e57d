// What the desktop shell remembers for itself: the theme picked in the View menu (Electron applies
// it through nativeTheme) and the interface language, so the menu opens in it before the page says.
import * as v from 'valibot';
import { LOCALES } from '../content/schema';

export const THEME_SOURCES = ['system', 'light', 'dark'] as const;
export type ThemeSource = (typeof THEME_SOURCES)[number];

// Each field falls back on its own: a bad theme does not cost the remembered language.
export const ShellSettingsSchema = v.object({
  theme: v.fallback(v.picklist(THEME_SOURCES), 'system'),
  locale: v.fallback(v.picklist(LOCALES), 'pt-BR'),
});
export type ShellSettings = v.InferOutput<typeof ShellSettingsSchema>;

export const DEFAULT_SHELL_SETTINGS: ShellSettings = { theme: 'system', locale: 'pt-BR' };

export function parseShellSettings(value: unknown): ShellSettings | undefined {
  const parsed = v.safeParse(ShellSettingsSchema, value);
  return parsed.success ? parsed.output : undefined;
}
