import { expect, sectionCounts, test } from './fixtures';
import type { Page } from '@playwright/test';

async function openStudy(page: Page, section = 'Fundamentos') {
  await page.goto('/');
  await page.getByRole('button', { name: `Estudar ${section}` }).click();
  await expect(page.locator('h1.prompt')).toBeVisible();
}
const prompt = (page: Page) => page.locator('h1.prompt');

test('help lists every shortcut in a dialog that Escape closes', async ({ page }) => {
  await openStudy(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Atalhos de teclado' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Desfazer a última resposta')).toBeVisible();
  await expect(dialog.getByText('Ver o cartão no outro idioma')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(prompt(page)).toBeVisible(); // Escape closed the dialog, not the study screen
});

test('flag, note and card info from the keyboard', async ({ page }) => {
  await openStudy(page);
  await page.keyboard.press('Control+1');
  await expect(page.getByText('Marcado: vermelho')).toBeVisible();
  await expect(page.locator('.badge.flag')).toContainText('vermelho');
  await page.keyboard.press('Control+1');
  await expect(page.getByText('Marcação removida.')).toBeVisible();

  await page.keyboard.press('n');
  const noteDialog = page.getByRole('dialog', { name: 'Sua anotação neste cartão' });
  await expect(noteDialog).toBeVisible();
  await noteDialog.getByRole('textbox').fill('Citar o exemplo do projeto de churn.');
  await page.keyboard.press('Control+Enter');
  await expect(noteDialog).toBeHidden();
  await page.keyboard.press('Space');
  await expect(page.getByText('Citar o exemplo do projeto de churn.')).toBeVisible();

  await page.keyboard.press('3');
  await expect(page.getByTestId('answer')).toHaveCount(0);
  await page.keyboard.press('u');
  await page.keyboard.press('i');
  const info = page.getByRole('dialog', { name: 'Informações do cartão' });
  await expect(info).toBeVisible();
  await expect(info.getByText('Ainda não estudado', { exact: false })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('bury and suspend take a card out of today’s queue', async ({ page }) => {
  await page.goto('/');
  const before = await sectionCounts(page, 'Técnicas');
  await page.getByRole('button', { name: 'Estudar Técnicas' }).click();
  const first = await prompt(page).textContent();
  await page.keyboard.press('-');
  await expect(page.getByText('Cartão adiado para amanhã.')).toBeVisible();
  await expect(prompt(page)).not.toHaveText(first!);
  const second = await prompt(page).textContent();
  await page.keyboard.press('@');
  await expect(page.getByText(/Cartão suspenso/)).toBeVisible();
  await expect(prompt(page)).not.toHaveText(second!);
  await page.keyboard.press('Escape');
  // Still 10 new cards today (the daily limit), but neither set-aside card is among them.
  expect((await sectionCounts(page, 'Técnicas')).newCount).toBe(Math.min(before.newCount, 10));
  await page.getByRole('button', { name: 'Estudar Técnicas' }).click();
  await expect(prompt(page)).not.toHaveText(first!);
  await expect(prompt(page)).not.toHaveText(second!);
});

test('L flips the current card to English and back', async ({ page }) => {
  await openStudy(page);
  const portuguese = await prompt(page).textContent();
  await page.keyboard.press('l');
  await expect(page.locator('article.card')).toHaveAttribute('lang', 'en');
  await expect(prompt(page)).not.toHaveText(portuguese!);
  await expect(page.getByText('What the interviewer wants to see')).toHaveCount(0); // interface stays in Portuguese
  await expect(page.getByText('Mostrando este cartão em inglês.')).toBeVisible();
  await page.keyboard.press('l');
  await expect(prompt(page)).toHaveText(portuguese!);
});

test('settings: limits and retention are explained, saved and used', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Configurações' }).click();
  await expect(page.getByText('A chance de lembrar um cartão quando ele volta.', { exact: false })).toBeVisible();
  const workload = page.getByTestId('workload');
  await expect(workload).toContainText('30 cartões por dia'); // 10 new cards with 2 learning steps each
  await page.getByLabel('Cartões novos por dia').fill('2');
  await expect(workload).toContainText('6 cartões por dia');
  await page.getByLabel('Etapas de aprendizado').fill('1x');
  await expect(page.getByText('Use até 10 etapas como "1m 10m 1d".').first()).toBeVisible();
  await page.getByLabel('Etapas de aprendizado').fill('1m 10m');
  await page.getByRole('button', { name: 'Salvar configurações' }).click();
  await expect(page.getByText('Configurações salvas.')).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Baralho' }).click();
  await expect(page.getByRole('rowheader', { name: 'Total' }).locator('..').locator('td').first()).toHaveText('2');

  // With two new cards a day, the session ends after two cards with a summary.
  await page.getByRole('button', { name: 'Estudar tudo' }).click();
  await expect(page.locator('h1.prompt')).toBeVisible(); // as a person does: the card first, then keys
  for (let i = 0; i < 2; i++) {
    await expect(page.getByTestId('answer')).toHaveCount(0);
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
  }
  const summary = page.getByTestId('summary');
  await expect(summary.getByRole('heading', { name: 'Sessão concluída' })).toBeVisible();
  await expect(summary.getByText('Cartões respondidos')).toBeVisible();
  await expect(summary.locator('dd').first()).toHaveText('2');
  await expect(summary.getByText('100%')).toBeVisible();
});

test('free practice walks a section without changing the schedule', async ({ page }) => {
  await page.goto('/');
  const before = await sectionCounts(page, 'Nuvem');
  await page.getByRole('button', { name: 'Prática livre' }).click();
  await page.getByLabel('Uma seção').check();
  await page.getByLabel('Seção', { exact: true }).selectOption({ label: 'Nuvem' });
  await page.getByLabel('Quantos cartões').fill('3');
  await page.getByRole('button', { name: 'Começar prática (3 cartões)' }).click();
  await expect(page.getByText('Prática livre: 3 de 3 restantes')).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await expect(page.getByTestId('answer')).toHaveCount(0);
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
  }
  await expect(page.getByTestId('summary').getByText('0%')).toBeVisible();
  await page.getByTestId('summary').getByRole('button', { name: 'Voltar ao baralho' }).click();
  expect(await sectionCounts(page, 'Nuvem')).toEqual(before);
  await expect(page.getByText('0 respostas registradas')).toBeVisible();
});

test('rebuild from history recomputes the schedule', async ({ page }) => {
  await openStudy(page);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.getByTestId('answer')).toHaveCount(0);
  await page.getByRole('button', { name: 'Configurações' }).click();
  await page.getByRole('button', { name: 'Reconstruir agendamento' }).click();
  await expect(page.getByText('Agendamento reconstruído para 1 cartão.')).toBeVisible();
});

test('the study day rolls over at 4 am and the daily new-card limit starts again', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-25T23:30:00-03:00') });
  await page.goto('/');
  await page.getByRole('button', { name: 'Estudar Preparação' }).click();
  await expect(page.locator('h1.prompt')).toBeVisible(); // as a person does: the card first, then keys
  await page.keyboard.press('Space');
  await page.keyboard.press('4'); // Easy: due in days
  await expect(page.getByTestId('answer')).toHaveCount(0);
  await page.keyboard.press('Escape');
  expect(await sectionCounts(page, 'Preparação')).toEqual({ newCount: 9, dueCount: 0 });
  await page.clock.setSystemTime(new Date('2026-11-26T04:01:00-03:00'));
  await page.reload();
  expect(await sectionCounts(page, 'Preparação')).toEqual({ newCount: 10, dueCount: 0 });
});
