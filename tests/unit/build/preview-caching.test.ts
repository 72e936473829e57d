// The browser version's server lets the browser keep the hashed assets (no revalidation on each
// start) and keeps asking about everything else: index.html names the current assets.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: PreviewServer;
let origin: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preview-caching-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'decks'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'index-CHxLA0VL.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'notes.js'), 'export {};');
  writeFileSync(join(dir, 'decks', 'en-CHxLA0VL.json'), '{}');
  server = await preview({
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    mode: 'web',
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cacheControl = async (path: string) => {
  const response = await fetch(origin + path);
  expect(response.status).toBe(200);
  return response.headers.get('cache-control');
};

describe('the preview server’s cache headers', () => {
  it('lets the browser keep a file named after its hash', async () => {
    expect(await cacheControl('/assets/index-CHxLA0VL.js')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/', '/assets/notes.js', '/decks/en-CHxLA0VL.json'])('revalidates %s', async (path) => {
    expect(await cacheControl(path)).toBe('no-cache');
  });
});
