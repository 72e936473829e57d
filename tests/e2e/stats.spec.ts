import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { shown, total } from './deck';
import { expect, test } from './fixtures';

async function openStats(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Estatísticas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Estatísticas' })).toBeVisible();
  await expect(page.getByTestId('stats')).toHaveAttribute('data-ready', 'true');
}

test('shows what was studied today and how far each section is, after answers given with the keyboard', async ({ page }) => {
  await page.goto('/');
  await openStats(page);
  await expect(page.getByText('Ainda não há respostas')).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`0 de ${shown(total)} cartões maduros.*${shown(total)} não vistos`) })).toBeVisible();

  await page.getByRole('navigation').getByRole('button', { name: 'Baralho' }).click();
  await page.getByRole('button', { name: 'Estudar Fundamentos' }).click();
  for (let i = 0; i < 3; i++) {
    await expect(page.locator('h1.prompt')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByTestId('answer')).toBeHidden();
  }
  // One taken back: statistics follow the log.
  await page.keyboard.press('u');
  await openStats(page);

  const today = page.locator('.tiles > div').filter({ has: page.getByRole('term').getByText('Hoje', { exact: true }) }).getByRole('definition');
  await expect(today).toHaveText(/^2 respostas, \d+ min$/);
  await expect(page.getByRole('img', { name: /Respostas por dia no período: 2 no total/ })).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`0 de ${shown(total)} cartões maduros.*2 aprendendo, ${shown(total - 2)} não vistos`) })).toBeVisible();

  // The numbers behind the chart, as a table: today's row has the 2 new cards.
  await page.getByText('Ver os números').first().click();
  const table = page.getByRole('table', { name: 'Respostas por dia' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('2');

  await page.getByRole('radio', { name: '1 ano' }).check();
  await expect(page.getByRole('img', { name: /Respostas por dia no período: 2 no total/ })).toBeVisible();
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(`0 of ${shown(total, 'en')} cards mature`) })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`draws the statistics in the ${colorScheme} theme with no serious accessibility violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await page.getByRole('button', { name: 'Estudar tudo' }).click();
    for (const grade of ['3', '1', '4', '3']) {
      await expect(page.locator('h1.prompt')).toBeVisible();
      await page.keyboard.press('Space');
      await page.keyboard.press(grade);
      await expect(page.getByTestId('answer')).toBeHidden();
    }
    await openStats(page);
    await page.screenshot({ path: `test-results/screens/stats-${colorScheme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
