// Whether this machine has an Electron binary. The electron package's install script downloads
// it; offline (or with ELECTRON_SKIP_BINARY_DOWNLOAD=1) the package is there without it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

export function findElectronBinary(): ElectronBinary {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { ok: true, path };
    return { ok: false, reason: `the electron package points at ${String(path)}, which does not exist` };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split('\n')[0] ?? 'electron is not installed' };
  }
}
