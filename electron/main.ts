// App lifecycle, the window, the menu and their security settings. Logic lives in the plain
// modules beside this file; this one only wires them to Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_PROGRESS_FILE_BYTES } from '../renderer/core/progress-file-name';
import { aboutBoxOptions } from './about';
import { createBackupStore } from './backups';
import { EVENT_CHANNELS } from '../renderer/core/contract/channels';
import { createDeckSource, resolveDeckDir } from './content';
import { FileStreams } from './file-streams';
import { chooseProgressFile, chooseSavePath, openTextFile, type ShowOpenDialog, type ShowSaveDialog } from './files';
import {
  APP_ORIGIN,
  MAX_CHUNK_BYTES,
  MAX_OPEN_STREAMS,
  MAX_TEXT_FILE_BYTES,
  registerIpcHandlers,
  sendMenuCommand,
  type MenuCommand,
  type WriteCommitted,
} from '../renderer/core/contract/ipc';
import { createJsonStore } from './json-store';
import { PDF_OPTIONS, savePagePdf } from './print-pdf';
import { buildMenuTemplate } from './menu';
import { createCloseGuard, type CloseGuard } from './quit-backup';
import { RELOAD_CAP, createCrashBudget, crashGaveUpBox, crashReloadedBox } from './renderer-crash';
import { MicrophoneGate } from './microphone';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents, mimeTypeOf, resolveAppFile } from './security';
import { DEFAULT_SHELL_SETTINGS, parseShellSettings, type ShellSettings, type ThemeSource } from './shell-settings';
import { MIN_SIZE, captureWindowState, parseWindowState, placeWindow, type WindowState } from './window-state';

const APP_NAME = 'MLOps Flashcards';
const rendererDir = join(__dirname, '..', 'app');

// Tests point an unpackaged app at a throw-away profile. An installed app never listens: a
// variable set in the learner's environment must not hide their progress behind another folder.
if (!app.isPackaged && process.env.FLASHCARDS_USER_DATA) app.setPath('userData', process.env.FLASHCARDS_USER_DATA);
// Every renderer sandboxed, whatever a future window forgets to say.
app.enableSandbox();

// The window that holds its close until the page has sent a last backup (see quit-backup.ts).
let closeGuard: CloseGuard | undefined;
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

protocol.registerSchemesAsPrivileged([
  // codeCache: V8 keeps the compiled renderer code between starts (standard schemes only), so a
  // start does not compile the app's JavaScript again.
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

/** Opened by the page when the learner presses Record in a mock interview; every other time shut. */
const microphone = new MicrophoneGate();
let mainWindow: BrowserWindow | undefined;
let settings: ShellSettings = DEFAULT_SHELL_SETTINGS;
const settingsStore = createJsonStore(join(app.getPath('userData'), 'shell-settings.json'), parseShellSettings);
const windowStore = createJsonStore(join(app.getPath('userData'), 'window-state.json'), parseWindowState);
const backupsDir = join(app.getPath('userData'), 'backups');
let closedWindowState: WindowState | undefined;
// Shared by every window of the run: a page that dies at every start must not loop (renderer-crash.ts).
const crashBudget = createCrashBudget();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    }
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error(error);
    app.exit(1);
  });
}

/**
 * The files pages write and read in chunks. Every one is capped as a progress file is: the
 * largest file any reader of ours accepts.
 */
const streams = new FileStreams<WriteCommitted>({
  maxBytes: MAX_PROGRESS_FILE_BYTES,
  maxChunkBytes: MAX_CHUNK_BYTES,
  maxOpenPerOwner: MAX_OPEN_STREAMS,
});
function dropStreamsOf(contentsId: number): void {
  streams.closeOwner(contentsId).catch((error: unknown) => console.error('could not drop the files of a closed page', error));
}

// Whatever creates web contents (a window, a devtools view), the same rules apply before it loads.
app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents);
  // A page's unfinished writes go with it (their temp files removed), and its reads are closed.
  contents.once('destroyed', () => dropStreamsOf(contents.id));
});

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
  hardenSession(session.defaultSession, microphone);

  const backups = createBackupStore(backupsDir);
  // Before anything writes: the temp files of writes a crash interrupted, in our folders only.
  await Promise.all([settingsStore.sweep(), windowStore.sweep(), backups.sweep()]).catch((error: unknown) =>
    console.error('could not remove leftover temp files', error),
  );

  settings = (await settingsStore.load()) ?? DEFAULT_SHELL_SETTINGS;
  nativeTheme.themeSource = settings.theme;

  const decks = createDeckSource(
    resolveDeckDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() }),
  );
  const showSaveDialog: ShowSaveDialog = (options) => {
    const owner = BrowserWindow.getFocusedWindow();
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  };
  const showOpenDialog: ShowOpenDialog = (options) => {
    const owner = BrowserWindow.getFocusedWindow();
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  };
  registerIpcHandlers(ipcMain, {
    getDeck: (locale) => decks.getDeck(locale),
    async beginFileWrite({ suggestedName }, sender) {
      const path = await chooseSavePath(suggestedName, showSaveDialog, app.getPath('documents'));
      if (path === undefined) return { status: 'cancelled' };
      const handle = await streams.beginWrite(sender.id, { path, finish: async () => ({ kind: 'file', path }) });
      return { status: 'ready', handle };
    },
    async beginBackupWrite(reason, sender) {
      const target = await backups.target(reason);
      const handle = await streams.beginWrite(sender.id, {
        ...target,
        finish: async (bytes) => ({ kind: 'backup', backup: await target.finish(bytes) }),
      });
      return { handle };
    },
    appendWrite: ({ handle, chunk }, sender) => streams.append(sender.id, handle, chunk),
    commitWrite: ({ handle }, sender) => streams.commit(sender.id, handle),
    abortWrite: ({ handle }, sender) => streams.abort(sender.id, handle),
    setUiLocale: async (locale) => updateSettings({ locale }),
    async openProgressFile(_none, sender) {
      const path = await chooseProgressFile(showOpenDialog, app.getPath('documents'));
      if (path === undefined) return { status: 'cancelled' };
      // Refused from its size alone, unread: a 200 MB file must not freeze the app to say it is too big.
      const opened = await streams.openRead(sender.id, path);
      return opened.status === 'opened' ? { ...opened, name: basename(path) } : opened;
    },
    openTextFile: (types) => openTextFile(showOpenDialog, types, app.getPath('documents'), MAX_TEXT_FILE_BYTES),
    listBackups: () => backups.list(),
    async openBackup(name, sender) {
      const opened = await streams.openRead(sender.id, backups.pathOf(name));
      if (opened.status !== 'opened') throw new Error(`backup ${name} is too large to read`);
      return { handle: opened.handle, name, bytes: opened.bytes };
    },
    readSlice: ({ handle, offset, length }, sender) => streams.readSlice(sender.id, handle, offset, length),
    closeRead: ({ handle }, sender) => streams.closeRead(sender.id, handle),
    allowMicrophone: async (open) => microphone.set(open),
    savePdf: (request) => {
      const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
      return savePagePdf(request, {
        showSaveDialog: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
        printToPdf: window && (() => window.webContents.printToPDF(PDF_OPTIONS)),
        defaultDir: app.getPath('documents'),
      });
    },
    // The page has written its quit backup through the calls above (or had none to write).
    quitBackup: async () => closeGuard?.answered(),
  });

  rebuildMenu();
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
}

function rebuildMenu(): void {
  const template = buildMenuTemplate({
    locale: settings.locale,
    theme: settings.theme,
    platform: process.platform,
    appName: APP_NAME,
    devTools: !app.isPackaged,
    actions: { command: sendToPage, setTheme, showAbout },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function updateSettings(change: Partial<ShellSettings>): void {
  const next = { ...settings, ...change };
  if (next.locale === settings.locale && next.theme === settings.theme) return;
  settings = next;
  rebuildMenu();
  settingsStore.save(settings).catch((error: unknown) => console.error('could not save the shell settings', error));
}

function sendToPage(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) sendMenuCommand(mainWindow.webContents, command);
}

function setTheme(theme: ThemeSource): void {
  nativeTheme.themeSource = theme;
  updateSettings({ theme });
}

function showAbout(): void {
  const options = aboutBoxOptions(settings.locale, {
    appName: APP_NAME,
    version: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
  });
  void (mainWindow && !mainWindow.isDestroyed() ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

async function createWindow(): Promise<void> {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  // A window closed earlier in this run (macOS keeps the app alive) reopens where it was.
  const saved = closedWindowState ?? (await windowStore.load());
  const placement = placeWindow(saved, [primary, ...others].map((display) => display.workArea));

  const window = new BrowserWindow({
    ...(placement.x === undefined || placement.y === undefined ? {} : { x: placement.x, y: placement.y }),
    width: placement.width,
    height: placement.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: APP_NAME,
    show: false,
    webPreferences: {
      // Reviewed (see electron/SECURITY.md): the preload only exposes fixed ipcRenderer.invoke wrappers.
      preload: join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click must not open links anywhere; nothing in the app listens for it.
      disableBlinkFeatures: 'Auxclick',
      devTools: !app.isPackaged,
    },
  });
  mainWindow = window;
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  // False from the page's death until a page loads again: nobody is there to send a backup.
  let pageAlive = true;
  let closing = false;
  let reloadNoticePending = false;
  const guard = createCloseGuard({
    request: () => {
      if (!pageAlive) throw new Error('the page is gone');
      window.webContents.send(EVENT_CHANNELS.backupRequested);
    },
  });
  closeGuard = guard;
  window.on('close', (event) => {
    // A quit (menu, Cmd+Q) closes windows first; once the backup is in, quit again, else close.
    const held = guard.onClose(() => (quitting ? app.quit() : window.close()));
    if (held) event.preventDefault();
    else closing = true;
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    pageAlive = false;
    // Nobody is left to finish what the dead page had open.
    dropStreamsOf(window.webContents.id);
    // A page ending with its window (a clean exit, or any exit once closing began) is no crash.
    if (details.reason === 'clean-exit' || closing || quitting || window.isDestroyed()) return;
    console.error(`the page's process is gone (${details.reason}, exit code ${details.exitCode})`);
    if (crashBudget.onCrash(Date.now()) === 'reload') {
      reloadNoticePending = true;
      window.webContents.reload();
      return;
    }
    const box = crashGaveUpBox(settings.locale, { appName: APP_NAME, crashes: RELOAD_CAP.reloads + 1, backupsDir });
    dialog
      .showMessageBox(window, box)
      .catch((error: unknown) => console.error(error))
      .finally(() => app.quit());
  });
  window.webContents.on('did-finish-load', () => {
    pageAlive = true;
    // Said once the page is back, so the learner reads it over the app rather than a blank window.
    if (!reloadNoticePending) return;
    reloadNoticePending = false;
    dialog.showMessageBox(window, crashReloadedBox(settings.locale, APP_NAME)).catch((error: unknown) => console.error(error));
  });
  // Remembered when the window closes and written before the app quits (see will-quit).
  window.on('close', () => {
    closedWindowState = captureWindowState(window);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  window.loadURL(`${APP_ORIGIN}/index.html`).catch((error: unknown) => console.error(error));
}

let windowStateWritten = false;
app.on('will-quit', (event) => {
  if (windowStateWritten || !closedWindowState) return;
  // Hold the quit until the small JSON file is on disk, then quit for real.
  event.preventDefault();
  windowStore
    .save(closedWindowState)
    .catch((error: unknown) => console.error('could not save the window state', error))
    .finally(() => {
      windowStateWritten = true;
      app.quit();
    });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
