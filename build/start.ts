// `npm start`: the desktop app where Electron's binary exists or can be fetched now; elsewhere,
// one sentence saying so and the same app served offline in the browser.
import { spawn, spawnSync } from 'node:child_process';
import { ensureElectronBinary } from './electron-binary';
import { serveWeb } from './web';

const electron = ensureElectronBinary();
if (electron.ok) {
  const built = spawnSync('npm', ['run', 'build:electron'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  const child = spawn(electron.path, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(
    `Electron's binary is not on this machine and could not be downloaded, so MLOps Flashcards is served in your browser instead at http://127.0.0.1:${process.env.PORT ?? 4173}/.`,
  );
  await serveWeb();
}
