// Packs the app with electron-builder's `dir` target, as `npm run dist` would, but around a
// stand-in Electron binary (the real one cannot be downloaded on our build machines). This checks
// what the configuration really puts in the package: the bundled app only, the deck beside it,
// and the fuses flipped in the executable.
import { execFileSync, execSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(path: string): string[] };
const electronVersion = (require('electron/package.json') as { version: string }).version;

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_COUNT = 8;

/** An "Electron" that is only a fuse wire with every fuse on, the way @electron/fuses finds it. */
function fakeElectronDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-electron-'));
  const wire = Buffer.from([1, FUSE_COUNT, ...Array.from({ length: FUSE_COUNT }, () => '1'.charCodeAt(0))]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\n'), Buffer.from(SENTINEL), wire]));
  chmodSync(join(dir, 'electron'), 0o755);
  for (const file of ['LICENSE', 'LICENSES.chromium.html']) writeFileSync(join(dir, file), 'stand-in\n');
  writeFileSync(join(dir, 'version'), electronVersion);
  mkdirSync(join(dir, 'resources'));
  return dir;
}

function fuseWire(executable: string): string {
  const binary = readFileSync(executable);
  const start = binary.indexOf(SENTINEL) + SENTINEL.length;
  return binary.toString('latin1', start + 2, start + 2 + binary[start + 1]!);
}

let appDir: string;
const madeDirs: string[] = [];
beforeAll(() => {
  execSync('npm run build:electron', { stdio: 'pipe' });
  const output = mkdtempSync(join(tmpdir(), 'flashcards-release-'));
  const electronDist = fakeElectronDist();
  madeDirs.push(output, electronDist);
  execFileSync(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      '--config',
      'build/electron-builder.config.cjs',
      '--linux',
      'dir',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    { stdio: 'pipe', env: { ...process.env, CI: 'true' } },
  );
  appDir = join(output, 'linux-unpacked');
}, 240_000);
afterAll(() => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the packaged app (linux dir target)', () => {
  it('holds the bundled main process, preload and renderer, and no node_modules', () => {
    const files = asar.listPackage(join(appDir, 'resources', 'app.asar')).map((file) => file.replaceAll('\\', '/'));
    expect(files).toEqual(expect.arrayContaining(['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/app/index.html']));
    expect(files.filter((file) => file.startsWith('/node_modules'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('puts both decks in resources/decks', () => {
    for (const locale of ['pt-BR', 'en']) expect(existsSync(join(appDir, 'resources', 'decks', `${locale}.json`)), locale).toBe(true);
  });

  it('flips the fuses: no run-as-node, NODE_OPTIONS, --inspect or file:// privileges; asar only', () => {
    // Order: runAsNode, cookieEncryption, nodeOptions, nodeCliInspect, asarIntegrity, onlyLoadAppFromAsar,
    // browserProcessSpecificV8Snapshot, grantFileProtocolExtraPrivileges ('1' on, '0' off).
    expect(fuseWire(join(appDir, 'mlops-flashcards'))).toBe('01001100');
  });
});
