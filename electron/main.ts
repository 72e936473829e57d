// App lifecycle, the window and its security settings. Logic lives in the plain modules beside
// this file; this one only wires them to Electron.
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_PROGRESS_FILE_BYTES } from '../renderer/core/progress-file';
import { createBackupStore } from './backups';
import { EVENTS } from './channels';
import { createDeckSource, resolveDeckDir } from './content';
import { openProgressFile, saveExportFile } from './files';
import { APP_ORIGIN, registerIpcHandlers } from './ipc';
import { createCloseGuard, type CloseGuard } from './quit-backup';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, mimeTypeOf, resolveAppFile } from './security';

const rendererDir = join(__dirname, '..', 'app');

// Tests point the app at a throw-away profile; users never set this.
if (process.env.FLASHCARDS_USER_DATA) app.setPath('userData', process.env.FLASHCARDS_USER_DATA);

// The window that holds its close until the page has sent a last backup (see quit-backup.ts).
let closeGuard: CloseGuard | undefined;
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  protocol.handle('app', async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), {
        headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));

  const backups = createBackupStore(join(app.getPath('userData'), 'backups'));
  const decks = createDeckSource(
    resolveDeckDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
  );
  registerIpcHandlers(ipcMain, {
    getDeck: (locale) => decks.getDeck(locale),
    saveExportFile: (request) =>
      saveExportFile(
        request,
        (options) => {
          const owner = BrowserWindow.getFocusedWindow();
          return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
        },
        app.getPath('documents'),
      ),
    openProgressFile: () =>
      openProgressFile(
        (options) => {
          const owner = BrowserWindow.getFocusedWindow();
          return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
        },
        app.getPath('documents'),
        MAX_PROGRESS_FILE_BYTES,
      ),
    writeBackup: (request) => backups.write(request.contents, request.reason),
    listBackups: () => backups.list(),
    readBackup: (name) => backups.read(name),
    quitBackup: async ({ contents }) => {
      try {
        if (contents !== null) await backups.write(contents, 'quit');
      } finally {
        closeGuard?.answered();
      }
    },
  });

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1100,
    height: 780,
    minWidth: 420,
    minHeight: 480,
    title: 'MLOps Flashcards',
    show: false,
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  const guard = createCloseGuard({ request: () => window.webContents.send(EVENTS.backupRequested) });
  closeGuard = guard;
  window.on('close', (event) => {
    // A quit (menu, Cmd+Q) closes windows first; once the backup is in, quit again, else close.
    if (guard.onClose(() => (quitting ? app.quit() : window.close()))) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
