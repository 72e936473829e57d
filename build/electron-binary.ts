// Whether this machine has an Electron binary, and fetching it when it does not. The install
// never runs electron's own download script (package.json's allowScripts denies it), so that
// `npm install` cannot fail on a machine that cannot reach Electron's release host; the binary is
// fetched on first use instead, by that same script, and its absence is not an error.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

const require = createRequire(import.meta.url);

export function findElectronBinary(): ElectronBinary {
  try {
    // Not require('electron'): Node caches a module, and its index throws until path.txt exists.
    const packageDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return { ok: false, reason: 'the electron package has no binary (it was not downloaded)' };
    const path = readFileSync(pathFile, 'utf8');
    const binary = process.env.ELECTRON_OVERRIDE_DIST_PATH
      ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, path)
      : join(packageDir, 'dist', path);
    if (existsSync(binary)) return { ok: true, path: binary };
    return { ok: false, reason: `the electron package points at ${binary}, which does not exist` };
  } catch (error) {
    return { ok: false, reason: (error as Error).message.split('\n')[0] ?? 'electron is not installed' };
  }
}

/**
 * The binary, downloading it first if it is missing. Offline the download fails at once (no host
 * name resolves); `timeoutMs` bounds a network that drops packets instead. Its output is kept
 * back: the caller says in one sentence what happened.
 */
export function ensureElectronBinary(timeoutMs = 120_000): ElectronBinary {
  const found = findElectronBinary();
  if (found.ok || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return found;
  let installScript: string;
  try {
    installScript = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return found;
  }
  const download = spawnSync(process.execPath, [installScript], { stdio: 'pipe', timeout: timeoutMs, encoding: 'utf8' });
  const after = findElectronBinary();
  if (after.ok) return after;
  const why = download.error?.message ?? download.stderr.split('\n').find((line) => /error/i.test(line))?.trim();
  return { ok: false, reason: `it could not be downloaded${why ? ` (${why})` : ''}` };
}
