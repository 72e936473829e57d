import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('switches the interface and the deck to English, and remembers it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { name: 'MLOps interviews' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const decksFetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/decks/')) decksFetched.push(request.url().split('/').pop()!);
  });
  await page.reload();
  await expect(page.getByRole('rowheader', { name: 'Basics', exact: true })).toBeVisible();
  // The start loads the remembered language's deck beside the database, and only that one.
  expect(decksFetched).toEqual(['en.json']);
  await page.getByRole('button', { name: 'Study Basics' }).click();
  await expect(page.getByText('What the interviewer wants to see')).toBeVisible();
});

test('while the deck is on its way, the app says so in the language last used', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { name: 'MLOps interviews' })).toBeVisible();
  // The next start's deck is held back until the test lets it through.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/decks/en.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Loading the deck…');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The frame is drawn while the data wait, the language held until they are in.
  await expect(page.getByLabel('Language')).toBeDisabled();
  release();
  await expect(page.getByRole('rowheader', { name: 'Basics', exact: true })).toBeVisible();
  await expect(page.getByLabel('Language')).toBeEnabled();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`follows the system ${colorScheme} theme, with no serious accessibility violation`, async ({ page }) => {
    test.slow(); // axe checks the contrast of every node on five screens
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Entrevistas de MLOps' })).toBeVisible();
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r] = background.match(/\d+/g)!.map(Number);
    expect(colorScheme === 'dark' ? r! < 60 : r! > 200).toBe(true);
    await page.screenshot({ path: `test-results/screens/decks-${colorScheme}.png`, fullPage: true });
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
    await expect(page.locator('h1.prompt')).toBeVisible(); // as a person does: the card first, then keys
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/study-${colorScheme}.png`, fullPage: true });
    await expectNoSeriousViolations(page);

    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/help-${colorScheme}.png` });
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');

    for (const [screen, heading] of [['Configurações', 'Configurações de estudo'], ['Prática livre', 'Prática livre']] as const) {
      await page.getByRole('navigation').getByRole('button', { name: screen }).click();
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await page.screenshot({ path: `test-results/screens/${screen === 'Configurações' ? 'settings' : 'practice'}-${colorScheme}.png`, fullPage: true });
      await expectNoSeriousViolations(page);
    }
  });
}

async function expectNoSeriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
