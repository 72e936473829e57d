// The desktop flow through Playwright's Electron driver. It runs wherever an Electron binary
// exists; elsewhere (as on our offline build machines) it is reported skipped, with the reason.
// Dialogs are stubbed at Electron's dialog API only; everything else is the real app.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureElectronBinary } from '../../build/electron-binary';
import { parseProgressFile } from '../../renderer/core/progress-file';

// The install never downloads the binary (see build/electron-binary.ts); a machine online fetches it now.
const binary = ensureElectronBinary();
const skipReason = binary.ok ? '' : `no Electron binary on this machine: ${binary.reason}`;
if (!binary.ok) console.log(`[electron] skipped: ${skipReason}`);
test.skip(!binary.ok, skipReason);

test.beforeAll(() => {
  execSync('npm run build:electron', { stdio: 'inherit' });
});

/** A profile in the test's own output folder, which Playwright empties before each run. */
const newProfile = async () => {
  const dir = test.info().outputPath('profile');
  await mkdir(dir, { recursive: true });
  return dir;
};
const launch = (userData: string) =>
  electron.launch({ args: ['.'], env: { ...process.env, FLASHCARDS_USER_DATA: userData } as Record<string, string> });

/** Clicks a native menu item by its id, as a person choosing it from the menu bar would. */
const clickMenuItem = (app: ElectronApplication, id: string) =>
  app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    item.click();
  }, id);

const menuLabel = (app: ElectronApplication, id: string) =>
  app.evaluate(({ Menu }, itemId) => Menu.getApplicationMenu()?.getMenuItemById(itemId)?.label, id);

/** Replaces the native save dialog with one that "chooses" `filePath`. */
const stubSaveDialog = (app: ElectronApplication, filePath: string) =>
  app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
  }, filePath);

async function openDeck(app: ElectronApplication, heading: string): Promise<Page> {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  return page;
}

test('studies five cards, exports through the save dialog, and keeps progress after a restart', async () => {
  const userData = await newProfile();
  let app = await launch(userData);
  let page = await openDeck(app, 'Entrevistas de MLOps');
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  for (const key of ['3', '3', '4', '1', '2']) {
    await expect(page.getByTestId('answer')).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press(key);
  }
  await page.getByRole('button', { name: /Voltar ao baralho/ }).click();
  await expect(page.getByText('5 respostas registradas')).toBeVisible();

  const target = join(userData, 'export.json');
  await stubSaveDialog(app, target);
  await page.getByRole('button', { name: 'Exportar progresso' }).click();
  await expect(page.getByText('Progresso exportado: 5 respostas.')).toBeVisible();
  const parsed = await parseProgressFile(await readFile(target, 'utf8'));
  expect(parsed.ok && parsed.file.reviews.length).toBe(5);

  await app.close();
  app = await launch(userData);
  page = await openDeck(app, 'Entrevistas de MLOps');
  await expect(page.getByText('5 respostas registradas')).toBeVisible();
  await app.close();
});

test('the native menu follows the interface language and drives the app', async () => {
  const userData = await newProfile();
  let app = await launch(userData);
  let page = await openDeck(app, 'Entrevistas de MLOps');
  expect(await menuLabel(app, 'export-progress')).toBe('Exportar progresso…');

  // View > Language > English: the renderer switches, then tells main, which rebuilds the menu.
  await clickMenuItem(app, 'locale-en');
  await expect(page.getByRole('heading', { name: 'MLOps interviews' })).toBeVisible();
  await expect.poll(() => menuLabel(app, 'export-progress')).toBe('Export progress…');

  // File > Export progress runs the same export as the button.
  const target = join(userData, 'from-menu.json');
  await stubSaveDialog(app, target);
  await clickMenuItem(app, 'export-progress');
  await expect(page.getByText('Progress exported: 0 answers.')).toBeVisible();
  expect((await parseProgressFile(await readFile(target, 'utf8'))).ok).toBe(true);

  // Edit > Undo last answer reaches the study screen.
  await page.getByRole('button', { name: 'Study all' }).click();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('answer')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('answer')).toHaveCount(0); // saved, next card shown
  await clickMenuItem(app, 'undo');
  await expect(page.getByText('Last answer undone.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('0 answers recorded')).toBeVisible();

  // View > Theme > Dark goes through nativeTheme, so the page's prefers-color-scheme follows.
  await clickMenuItem(app, 'theme-dark');
  await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);

  // Help > About shows the version.
  await app.evaluate(({ dialog }) => {
    const shown: string[] = [];
    (globalThis as { aboutBoxes?: string[] }).aboutBoxes = shown;
    dialog.showMessageBox = (async (...args: unknown[]) => {
      shown.push((args.at(-1) as { detail?: string }).detail ?? '');
      return { response: 0, checkboxChecked: false };
    }) as unknown as typeof dialog.showMessageBox;
  });
  await clickMenuItem(app, 'about');
  const version = await app.evaluate(({ app: electronApp }) => electronApp.getVersion());
  await expect
    .poll(() => app.evaluate(() => (globalThis as { aboutBoxes?: string[] }).aboutBoxes ?? []))
    .toEqual([expect.stringContaining(`Version ${version}`)]);

  // The language and theme are kept for the next start, menu included.
  await app.close();
  app = await launch(userData);
  page = await openDeck(app, 'MLOps interviews');
  expect(await menuLabel(app, 'export-progress')).toBe('Export progress…');
  expect(await app.evaluate(({ nativeTheme }) => nativeTheme.themeSource)).toBe('dark');
  await app.close();
});

test('remembers the window size and position', async () => {
  const userData = await newProfile();
  let app = await launch(userData);
  await openDeck(app, 'Entrevistas de MLOps');
  const wanted = { x: 60, y: 50, width: 900, height: 640 };
  await app.evaluate(({ BrowserWindow }, bounds) => BrowserWindow.getAllWindows()[0]!.setBounds(bounds), wanted);
  await app.close();

  app = await launch(userData);
  await openDeck(app, 'Entrevistas de MLOps');
  const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getNormalBounds());
  expect({ width: bounds.width, height: bounds.height }).toEqual({ width: wanted.width, height: wanted.height });
  // A window manager may nudge the position by its decorations; the place is still the same.
  expect(Math.abs(bounds.x - wanted.x)).toBeLessThan(50);
  expect(Math.abs(bounds.y - wanted.y)).toBeLessThan(50);
  await app.close();
});

test('a second launch hands over to the first window and exits', async () => {
  const userData = await newProfile();
  const app = await launch(userData);
  const page = await openDeck(app, 'Entrevistas de MLOps');
  await app.evaluate(({ app: electronApp }) => {
    electronApp.once('second-instance', () => ((globalThis as { handedOver?: boolean }).handedOver = true));
  });

  const second = spawn(binary.ok ? binary.path : 'electron', ['.'], { env: { ...process.env, FLASHCARDS_USER_DATA: userData }, stdio: 'ignore' });
  const exitCode = await new Promise<number | null>((resolve) => second.once('exit', resolve));
  expect(exitCode).toBe(0);
  await expect.poll(() => app.evaluate(() => (globalThis as { handedOver?: boolean }).handedOver)).toBe(true);
  await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
  await app.close();
});

// Issue 5: backups on close, restore, import through the native open dialog.
test('backs up when the window closes, restores a backup after backing up the current state, imports through the open dialog', async () => {
  const profile = await newProfile();
  const backupsDir = join(profile, 'backups');
  const open = () => electron.launch({ args: ['.'], env: { ...process.env, FLASHCARDS_USER_DATA: profile } as Record<string, string> });
  const study = async (page: import('@playwright/test').Page, count: number) => {
    await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
    for (let i = 0; i < count; i++) {
      await expect(page.getByTestId('answer')).toHaveCount(0);
      await page.keyboard.press('Space');
      await expect(page.getByTestId('answer')).toBeVisible();
      await page.keyboard.press('3');
    }
    await expect(page.getByTestId('answer')).toHaveCount(0);
    await page.keyboard.press('Escape');
  };
  const quitBackups = async () => (await readdir(backupsDir)).filter((name) => name.endsWith('-quit.json'));

  let app = await open();
  let page = await app.firstWindow();
  await study(page, 2);
  await expect(page.getByText('2 respostas registradas')).toBeVisible();
  // Closing the window: the main process holds it until the page has sent its last backup.
  const closed = app.waitForEvent('close');
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close());
  await closed;
  const [onQuit] = await quitBackups();
  expect(onQuit).toBeDefined();
  const saved = await parseProgressFile(await readFile(join(backupsDir, onQuit!), 'utf8'));
  expect(saved.ok && saved.file.reviews.length).toBe(2);

  app = await open();
  page = await app.firstWindow();
  await study(page, 1);
  await page.getByRole('button', { name: 'Progresso e backups' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Ao fechar o app' });
  await row.getByRole('button', { name: /^Restaurar o backup de/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restaurar este backup?' });
  await expect(dialog).toContainText('(2 respostas)');
  await dialog.getByRole('button', { name: 'Restaurar' }).click();
  await expect(page.getByText(/restaurado/)).toBeVisible();
  await expect(page.getByText('2 respostas registradas')).toBeVisible();
  const before = (await readdir(backupsDir)).find((name) => name.endsWith('-before-restore.json'));
  const kept = await parseProgressFile(await readFile(join(backupsDir, before!), 'utf8'));
  expect(kept.ok && kept.file.reviews.length).toBe(3);

  // Import the pre-restore backup as if it came from another laptop: the third answer comes back.
  await app.evaluate(({ dialog: electronDialog }, filePath) => {
    electronDialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [filePath] })) as typeof electronDialog.showOpenDialog;
  }, join(backupsDir, before!));
  await page.getByRole('button', { name: 'Importar arquivo…' }).click();
  const preview = page.getByRole('dialog', { name: 'Importar este progresso?' });
  await expect(preview).toContainText('3 respostas, 1 nova neste computador');
  await preview.getByRole('button', { name: 'Importar' }).click();
  await expect(page.getByText('Importação concluída. Respostas novas: 1.')).toBeVisible();
  await app.close();
});
