// `npm run web`: compile the deck, build the browser version and serve it on 127.0.0.1 only.
// Needs no network: every file is local, and the page requests nothing from elsewhere.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { build, preview } from 'vite';

export async function serveWeb(): Promise<void> {
  const content = spawnSync(process.execPath, ['--import', 'tsx', 'content/compile.ts'], { stdio: 'inherit' });
  if (content.status !== 0) process.exit(content.status ?? 1);
  await build({ mode: 'web', logLevel: 'warn' });
  const port = Number(process.env.PORT ?? 4173);
  const server = await preview({ mode: 'web', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  console.log(`MLOps Flashcards is running at http://127.0.0.1:${port}/ (Ctrl+C stops it).`);
  await new Promise<void>((resolve) => server.httpServer.once('close', () => resolve()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serveWeb();
