// App lifecycle, the window, the menu and their security settings. Logic lives in the plain
// modules beside this file; this one only wires them to Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_PROGRESS_FILE_BYTES } from '../renderer/core/progress-file';
import { aboutBoxOptions } from './about';
import { createBackupStore } from './backups';
import { EVENT_CHANNELS } from '../renderer/core/contract/channels';
import { createDeckSource, resolveDeckDir } from './content';
import { openProgressFile, openTextFile, saveExportFile } from './files';
import { APP_ORIGIN, MAX_TEXT_FILE_BYTES, registerIpcHandlers, sendMenuCommand, type MenuCommand } from '../renderer/core/contract/ipc';
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

// Whatever creates web contents (a window, a devtools view), the same rules apply before it loads.
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

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
    setUiLocale: async (locale) => updateSettings({ locale }),
    openProgressFile: () =>
      openProgressFile(
        (options) => {
          const owner = BrowserWindow.getFocusedWindow();
          return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
        },
        app.getPath('documents'),
        MAX_PROGRESS_FILE_BYTES,
      ),
    openTextFile: (types) =>
      openTextFile(
        (options) => {
          const owner = BrowserWindow.getFocusedWindow();
          return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
        },
        types,
        app.getPath('documents'),
        MAX_TEXT_FILE_BYTES,
      ),
    writeBackup: (request) => backups.write(request.contents, request.reason),
    listBackups: () => backups.list(),
    readBackup: (name) => backups.read(name),
    allowMicrophone: async (open) => microphone.set(open),
    savePdf: (request) => {
      const window = mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
      return savePagePdf(request, {
        showSaveDialog: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
        printToPdf: window && (() => window.webContents.printToPDF(PDF_OPTIONS)),
        defaultDir: app.getPath('documents'),
      });
    },
    quitBackup: async ({ contents }) => {
      try {
        if (contents !== null) await backups.write(contents, 'quit');
      } finally {
        closeGuard?.answered();
      }
    },
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
      // Reviewed (see README, Security): the preload only exposes fixed ipcRenderer.invoke wrappers.
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
