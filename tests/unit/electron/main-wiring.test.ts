// Runs the real electron/main.ts (bundled as for the app) against a stand-in Electron, to check
// its wiring under Node: settings and window bounds restored, the menu rebuilt when the page
// changes language, menu commands sent to the page, the window state written before quitting.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../renderer/core/contract/channels';
import { createFakeElectron, menuItem, preventable } from './fake-electron';
import { testTempDir } from '../../fixtures/temp-dir';

const nodeRequire = createRequire(import.meta.url);
let mainCode: string;

beforeAll(async () => {
  const result = await build({
    entryPoints: ['electron/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    write: false,
  });
  mainCode = result.outputFiles[0]!.text;
}, 30_000);

async function startMain(
  setup: {
    settings?: unknown;
    windowState?: unknown;
    singleInstance?: boolean;
    isPackaged?: boolean;
    /** FLASHCARDS_USER_DATA while main.ts loads. */
    userDataOverride?: string;
    /** Files in userData before the start, by relative path. */
    files?: Record<string, string>;
  } = {},
) {
  const root = await testTempDir('main-wiring-');
  const userData = join(root, 'userData');
  await mkdir(userData);
  // The bundle sits in <root>/electron and serves the renderer from <root>/app, as in dist/.
  await mkdir(join(root, 'electron'));
  await mkdir(join(root, 'app'));
  await writeFile(join(root, 'app', 'index.html'), '<!doctype html><title>t</title>');
  if (setup.settings) await writeFile(join(userData, 'shell-settings.json'), JSON.stringify(setup.settings));
  if (setup.windowState) await writeFile(join(userData, 'window-state.json'), JSON.stringify(setup.windowState));
  for (const [path, contents] of Object.entries(setup.files ?? {})) {
    await mkdir(dirname(join(userData, path)), { recursive: true });
    await writeFile(join(userData, path), contents);
  }

  const fake = createFakeElectron({
    userData,
    documents: root,
    appPath: root,
    singleInstance: setup.singleInstance,
    isPackaged: setup.isPackaged,
  });
  const fakeRequire = (id: string) => (id === 'electron' ? fake.electron : nodeRequire(id));
  const module = { exports: {} };
  const saved = process.env.FLASHCARDS_USER_DATA;
  if (setup.userDataOverride) process.env.FLASHCARDS_USER_DATA = setup.userDataOverride;
  else delete process.env.FLASHCARDS_USER_DATA;
  try {
    new Function('require', 'module', 'exports', '__dirname', '__filename', mainCode)(
      fakeRequire,
      module,
      module.exports,
      join(root, 'electron'),
      join(root, 'electron', 'main.cjs'),
    );
  } finally {
    if (saved === undefined) delete process.env.FLASHCARDS_USER_DATA;
    else process.env.FLASHCARDS_USER_DATA = saved;
  }
  fake.ready();
  return { ...fake, userData, root };
}

const trusted = { senderFrame: { url: 'app://flashcards/index.html' }, sender: { id: 1 } };
/** A request from the page in `window`, which owns the file handles it opens. */
const fromPage = (window: { webContents: { id: number } }) => ({ senderFrame: { url: 'app://flashcards/index.html' }, sender: { id: window.webContents.id } });
const TEMP = /\.tmp-[0-9a-f]{12}$/;
const progressText = (n: number) => JSON.stringify({ format: 'mlops-flashcards-progress', version: 1, n, padding: 'x'.repeat(300) });

describe('main process wiring', () => {
  it('starts hardened, with the saved theme, language and window bounds', async () => {
    const main = await startMain({
      settings: { theme: 'dark', locale: 'en' },
      windowState: { x: 120, y: 80, width: 900, height: 700, maximized: true },
    });
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    const [window] = main.windows;

    expect(main.calls.sandboxEnabled).toBe(true);
    expect(main.calls.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(main.electron.nativeTheme.themeSource).toBe('dark');
    expect(menuItem(main.calls.menus.at(-1), 'export-progress')?.label).toBe('Export progress…');

    expect(window!.options).toMatchObject({ x: 120, y: 80, width: 900, height: 700 });
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(window!.options.webPreferences.preload).toBe(join(main.root, 'electron', 'preload.cjs'));
    expect(window!.webContents.url).toBe('app://flashcards/index.html');
    expect(window!.maximized && window!.shown).toBe(true);

    // The window's contents were hardened as they were created.
    expect(window!.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const navigation = { ...preventable(), url: 'https://example.com/' };
    window!.webContents.emit('will-navigate', navigation);
    expect(navigation.defaultPrevented).toBe(true);

    // The session refuses permissions and blocks the network.
    const answers: boolean[] = [];
    main.calls.sessionHandlers.permissionRequest!(undefined, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    const cancelled = await new Promise((resolve) =>
      main.calls.sessionHandlers.beforeRequest!({ url: 'https://example.com/' }, (r: { cancel: boolean }) => resolve(r.cancel)),
    );
    expect(cancelled).toBe(true);
  });

  it('serves the renderer with the CSP header and refuses paths outside it', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.calls.protocolHandlers.has('app')).toBe(true));
    const handler = main.calls.protocolHandlers.get('app')!;
    const page = await handler(new Request('app://flashcards/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect((await handler(new Request('app://flashcards/..%2fuserData%2fshell-settings.json'))).status).toBe(404);
  });

  it('rebuilds the menu in the language the page reports, and remembers it', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    expect(menuItem(main.calls.menus.at(-1), 'export-progress')?.label).toBe('Exportar progresso…');

    const setUiLocale = main.calls.ipcHandlers.get(INVOKE_CHANNELS.setUiLocale)!;
    await setUiLocale(trusted, 'en');
    expect(menuItem(main.calls.menus.at(-1), 'export-progress')?.label).toBe('Export progress…');
    await expect(setUiLocale({ senderFrame: { url: 'https://example.com/' } }, 'pt-BR')).rejects.toThrow('untrusted sender');
    await expect(setUiLocale(trusted, 'de')).rejects.toThrow('invalid payload');
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(join(main.userData, 'shell-settings.json'), 'utf8'))).toEqual({ theme: 'system', locale: 'en' }),
    );
  });

  it('sends menu commands to the page, and handles theme and about itself', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    const click = (id: string) => (menuItem(main.calls.menus.at(-1), id)!.click as () => void)();

    click('open-backups');
    click('locale-en');
    expect(main.windows[0]!.webContents.sent).toEqual([
      [EVENT_CHANNELS.menuCommand, { type: 'open-backups' }],
      [EVENT_CHANNELS.menuCommand, { type: 'set-locale', locale: 'en' }],
    ]);

    click('theme-light');
    expect(main.electron.nativeTheme.themeSource).toBe('light');
    expect(menuItem(main.calls.menus.at(-1), 'theme-light')?.checked).toBe(true);

    click('about');
    expect(main.calls.messageBoxes).toEqual([expect.objectContaining({ detail: expect.stringContaining('Versão 0.1.0') })]);
  });

  it('writes the window bounds to disk before the app quits', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    main.windows[0]!.setBounds({ x: 300, y: 200, width: 1000, height: 650 });
    const statePath = join(main.userData, 'window-state.json');
    let writtenBeforeQuit: boolean | undefined;
    main.app.on('quit', () => (writtenBeforeQuit = existsSync(statePath)));

    main.app.quit();
    await vi.waitFor(() => expect(main.calls.quitCount).toBe(1));
    expect(writtenBeforeQuit).toBe(true);
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toEqual({
      x: 300,
      y: 200,
      width: 1000,
      height: 650,
      maximized: false,
    });
  });

  it('removes the temp files of writes a crash interrupted, and nothing else, before anything writes', async () => {
    const backup = 'mlops-flashcards-backup-2026-01-01T10-00-00-000Z-auto.json';
    const main = await startMain({
      settings: { theme: 'dark', locale: 'en' },
      files: {
        'shell-settings.json.tmp-0123456789ab': '{"theme":"li',
        'window-state.json.tmp-ba9876543210': '{',
        'notes.json.tmp-0123456789ab': 'not ours',
        [`backups/${backup}`]: '{}',
        [`backups/${backup}.tmp-aaaaaaaaaaaa`]: '{',
      },
    });
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    expect((await readdir(main.userData)).sort()).toEqual(['backups', 'notes.json.tmp-0123456789ab', 'shell-settings.json']);
    expect(await readdir(join(main.userData, 'backups'))).toEqual([backup]);
    expect(main.electron.nativeTheme.themeSource).toBe('dark');
  });

  it('reloads a page whose process died, and says so in the learner\'s language once it is back', async () => {
    const main = await startMain({ settings: { theme: 'system', locale: 'en' } });
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    const contents = main.windows[0]!.webContents;

    contents.emit('render-process-gone', preventable(), { reason: 'crashed', exitCode: 11 });
    expect(contents.reloads).toBe(1);
    expect(main.calls.messageBoxes).toEqual([]);
    contents.emit('did-finish-load');
    expect(main.calls.messageBoxes).toEqual([expect.objectContaining({ type: 'warning', message: 'The window stopped unexpectedly and was reloaded.' })]);
    // Said once: a later load (a reload the learner asked for) says nothing.
    contents.emit('did-finish-load');
    expect(main.calls.messageBoxes).toHaveLength(1);
  });

  it('stops reloading a page that keeps dying, says why, and quits', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    const contents = main.windows[0]!.webContents;
    for (let i = 0; i < 4; i++) {
      contents.emit('render-process-gone', preventable(), { reason: 'oom', exitCode: 0 });
      if (i < 3) contents.emit('did-finish-load');
    }
    expect(contents.reloads).toBe(3);
    await vi.waitFor(() => expect(main.calls.quitCount).toBe(1));
    expect(main.calls.messageBoxes.at(-1)).toMatchObject({
      type: 'error',
      message: 'O MLOps Flashcards não consegue continuar e vai fechar.',
      buttons: ['Sair'],
      detail: expect.stringContaining(join(main.userData, 'backups')),
    });
    // The dead page was not waited for: no backup request was sent to it.
    expect(contents.sent).toEqual([]);
  });

  it('does not reload a page that ends with its window, or exits cleanly', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    const [window] = main.windows;
    window!.webContents.emit('render-process-gone', preventable(), { reason: 'clean-exit', exitCode: 0 });
    expect(window!.webContents.reloads).toBe(0);

    window!.close();
    await main.calls.ipcHandlers.get(INVOKE_CHANNELS.quitBackup)!(trusted, undefined);
    expect(window!.destroyed).toBe(true);
    window!.webContents.emit('render-process-gone', preventable(), { reason: 'killed', exitCode: 15 });
    expect(window!.webContents.reloads).toBe(0);
    expect(main.calls.messageBoxes).toEqual([]);
  });

  it('takes a backup in chunks into the backups folder, and the quit backup before the window closes', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    const [window] = main.windows;
    const page = fromPage(window!);
    const invoke = (channel: string, payload?: unknown) => main.calls.ipcHandlers.get(channel)!(page, payload);
    const send = async (reason: string, text: string) => {
      const { handle } = (await invoke(INVOKE_CHANNELS.beginBackupWrite, reason)) as { handle: number };
      const bytes = new TextEncoder().encode(text);
      for (let offset = 0; offset < bytes.byteLength; offset += 100) await invoke(INVOKE_CHANNELS.appendWrite, { handle, chunk: bytes.slice(offset, offset + 100) });
      return invoke(INVOKE_CHANNELS.commitWrite, { handle }) as Promise<{ kind: string; backup: { name: string; reason: string } }>;
    };
    const backupsDir = join(main.userData, 'backups');

    const manual = await send('manual', progressText(1));
    expect(manual).toMatchObject({ kind: 'backup', backup: { reason: 'manual' } });
    expect(await readFile(join(backupsDir, manual.backup.name), 'utf8')).toBe(progressText(1));
    // Not a progress file: refused when committed, nothing kept.
    await expect(send('auto', 'x'.repeat(300))).rejects.toThrow('not a progress file');
    expect(await readdir(backupsDir)).toEqual([manual.backup.name]);

    window!.close();
    expect(window!.destroyed).toBe(false);
    expect(window!.webContents.sent).toEqual([[EVENT_CHANNELS.backupRequested, undefined]]);
    const quit = await send('quit', progressText(2));
    await invoke(INVOKE_CHANNELS.quitBackup);
    expect(window!.destroyed).toBe(true);
    expect(await readFile(join(backupsDir, quit.backup.name), 'utf8')).toBe(progressText(2));
  });

  it("drops a page's unfinished write when its window closes, and its handles answer no other page", async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    const [window] = main.windows;
    const handler = (channel: string) => main.calls.ipcHandlers.get(channel)!;
    const { handle } = (await handler(INVOKE_CHANNELS.beginBackupWrite)(fromPage(window!), 'auto')) as { handle: number };
    await handler(INVOKE_CHANNELS.appendWrite)(fromPage(window!), { handle, chunk: new TextEncoder().encode('{"format":') });
    const backupsDir = join(main.userData, 'backups');
    expect((await readdir(backupsDir)).filter((name) => TEMP.test(name))).toHaveLength(1);

    const stranger = { ...fromPage(window!), sender: { id: window!.webContents.id + 1 } };
    await expect(handler(INVOKE_CHANNELS.commitWrite)(stranger, { handle })).rejects.toThrow('unknown file handle');

    window!.close();
    await handler(INVOKE_CHANNELS.quitBackup)(fromPage(window!), undefined);
    expect(window!.destroyed).toBe(true);
    await vi.waitFor(async () => expect(await readdir(backupsDir)).toEqual([]));
  });

  it('saves an export where the learner says, and reads a picked progress file in slices', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    const page = fromPage(main.windows[0]!);
    const invoke = (channel: string, payload?: unknown) => main.calls.ipcHandlers.get(channel)!(page, payload);
    const target = join(main.root, 'my-progress.json');

    expect(await invoke(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'progress.json' })).toEqual({ status: 'cancelled' });
    main.calls.saveDialogPath = target;
    const begun = (await invoke(INVOKE_CHANNELS.beginFileWrite, { suggestedName: 'progress.json' })) as { status: string; handle: number };
    await invoke(INVOKE_CHANNELS.appendWrite, { handle: begun.handle, chunk: new TextEncoder().encode('{"a":') });
    await invoke(INVOKE_CHANNELS.appendWrite, { handle: begun.handle, chunk: new TextEncoder().encode('1}') });
    expect(await invoke(INVOKE_CHANNELS.commitWrite, { handle: begun.handle })).toEqual({ kind: 'file', path: target });
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');

    main.calls.openDialogPath = target;
    const opened = (await invoke(INVOKE_CHANNELS.openProgressFile)) as { status: string; name: string; handle: number; bytes: number };
    expect(opened).toMatchObject({ status: 'opened', name: 'my-progress.json', bytes: 7 });
    const first = (await invoke(INVOKE_CHANNELS.readSlice, { handle: opened.handle, offset: 0, length: 4 })) as Uint8Array;
    const rest = (await invoke(INVOKE_CHANNELS.readSlice, { handle: opened.handle, offset: 4, length: 4 })) as Uint8Array;
    expect(new TextDecoder().decode(first) + new TextDecoder().decode(rest)).toBe('{"a":1}');
    await invoke(INVOKE_CHANNELS.closeRead, { handle: opened.handle });
    await expect(invoke(INVOKE_CHANNELS.readSlice, { handle: opened.handle, offset: 0, length: 4 })).rejects.toThrow('unknown file handle');
  });

  it('honours FLASHCARDS_USER_DATA only in an unpackaged app', async () => {
    const elsewhere = await testTempDir('main-wiring-override-');
    await writeFile(join(elsewhere, 'shell-settings.json'), JSON.stringify({ theme: 'light', locale: 'en' }));
    const own = { theme: 'dark', locale: 'en' };

    const dev = await startMain({ settings: own, userDataOverride: elsewhere });
    expect(dev.app.getPath('userData')).toBe(elsewhere);
    await vi.waitFor(() => expect(dev.electron.nativeTheme.themeSource).toBe('light'));

    // A packaged app reads its deck from Electron's resources folder, which plain Node lacks.
    const withResources = process as Omit<NodeJS.Process, 'resourcesPath'> & { resourcesPath?: string };
    withResources.resourcesPath = elsewhere;
    try {
      const installed = await startMain({ settings: own, userDataOverride: elsewhere, isPackaged: true });
      expect(installed.app.getPath('userData')).toBe(installed.userData);
      await vi.waitFor(() => expect(installed.windows).toHaveLength(1));
      expect(installed.electron.nativeTheme.themeSource).toBe('dark');
    } finally {
      delete withResources.resourcesPath;
    }
  });

  it('focuses the open window when the app is started again', async () => {
    const main = await startMain();
    await vi.waitFor(() => expect(main.windows).toHaveLength(1));
    main.app.emit('second-instance');
    expect(main.windows[0]!.focused).toBe(1);
  });

  it('quits at once, opening nothing, when another copy is already running', async () => {
    const main = await startMain({ singleInstance: false });
    expect(main.calls.quitCount).toBe(1);
    // It never waits for Electron to be ready, so it can never open a window or build a menu.
    expect(main.calls.whenReadyCalls).toBe(0);
    expect(main.windows).toHaveLength(0);
    expect(main.calls.menus).toHaveLength(0);
  });
});
