// The interview plan, driven as a learner would: set a date 14 days ahead, study a few cards a
// day while the clock moves on, and watch the daily number and the readiness follow.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { shown, total } from './deck';
import { expect, test } from './fixtures';

const DAY = 86_400_000;
// 10 am in São Paulo (the tests' zone, no daylight saving), 2026-06-10.
const start = Date.UTC(2026, 5, 10, 13);
const INTRODUCTION_DAYS = 14 - 3 + 1; // every card introduced by 3 days before: days 0 to 11
const PER_DAY = 8;

async function openDecks(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Baralho' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entrevistas de MLOps' })).toBeVisible();
}

async function setDate(page: Page, date: string) {
  await page.getByRole('button', { name: 'Definir a data da entrevista' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plano da entrevista' })).toBeVisible();
  await page.getByLabel('Data da entrevista').fill(date);
  await page.getByLabel('Data da entrevista').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Data salva.' })).toBeVisible();
}

/** Answers `count` cards Easy from "Estudar tudo", with the keyboard. */
async function study(page: Page, count: number) {
  await page.getByRole('button', { name: 'Estudar tudo' }).click();
  for (let i = 0; i < count; i++) {
    await expect(page.locator('h1.prompt')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('answer')).toBeVisible();
    await page.keyboard.press('4');
    await expect(page.getByTestId('answer')).toBeHidden();
  }
  await openDecks(page);
}

async function readiness(page: Page): Promise<number> {
  const text = await page.getByTestId('interview-readiness').textContent();
  const match = /cerca de (\d+)\s?%/.exec(text ?? '');
  expect(match, `readiness in "${text}"`).not.toBeNull();
  return Number(match![1]);
}

function totalNew(page: Page) {
  return page.locator('tfoot td.new');
}

test('a date 14 days ahead sets the new cards a day, which adapt day by day as the readiness rises; clearing it brings the normal limit back', async ({ page }) => {
  await page.clock.install({ time: start });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Entrevistas de MLOps' })).toBeVisible();
  await expect(totalNew(page)).toHaveText('10'); // the settings' limit

  await setDate(page, '2026-06-24');
  await expect(page.getByText('Entrevista marcada para 24/06/2026.')).toBeVisible();
  await openDecks(page);
  const line = page.getByTestId('interview-plan-line');
  const first = Math.ceil(total / INTRODUCTION_DAYS);
  await expect(line).toHaveText(`Entrevista em 14 dias · hoje ${shown(first)} cartões novos (${shown(total)} restantes até 3 dias antes)`);
  await expect(totalNew(page)).toHaveText(shown(first));
  await expect(page.getByTestId('interview-readiness')).toHaveText('No dia, você lembraria cerca de 0% do baralho.');

  let introduced = 0;
  let previous = 0;
  for (let day = 0; day < 4; day++) {
    if (day > 0) {
      await page.clock.fastForward(DAY); // the app's clock ticks, as it does every 30 s
      // The plan adapts: what is left, over the days left to introduce it.
      const newToday = Math.ceil((total - introduced) / (INTRODUCTION_DAYS - day));
      await expect(line).toHaveText(
        `Entrevista em ${14 - day} dias · hoje ${shown(newToday)} cartões novos (${shown(total - introduced)} restantes até 3 dias antes)`,
      );
      await expect(totalNew(page)).toHaveText(shown(newToday));
    }
    const newToday = Math.ceil((total - introduced) / (INTRODUCTION_DAYS - day));
    await study(page, PER_DAY);
    introduced += PER_DAY;
    // Today's number holds; the cards studied come off what is left of it.
    await expect(line).toContainText(`hoje ${shown(newToday)} cartões novos (${shown(total - introduced)} restantes`);
    await expect(totalNew(page)).toHaveText(shown(newToday - PER_DAY));
    await expect.poll(() => readiness(page)).toBeGreaterThan(previous);
    previous = await readiness(page);
  }

  // The detail: per-section readiness, one figure a day in the chart and its table.
  await page.getByRole('button', { name: 'Plano da entrevista' }).click();
  await expect(page.getByTestId('plan-summary')).toContainText('Entrevista em 11 dias');
  await expect(page.getByTestId('plan-readiness')).toHaveText(`No dia, você lembraria cerca de ${previous}% do baralho.`);
  await expect(page.getByText(/^No dia, você lembraria cerca de \d+% de Fundamentos\.$/)).toBeVisible();
  await expect(page.getByRole('img', { name: /^Prontidão em 4 dias desde que a data foi definida: de 0% a \d+%\.$/ })).toBeVisible();
  await page.getByText('Ver os números').click();
  await expect(page.getByRole('table', { name: 'Prontidão por dia' }).getByRole('row')).toHaveCount(5);
  await expect(page.getByText('Tempo por resposta: 30 s por cartão novo e 10 s por revisão', { exact: false })).toBeVisible();

  // Cleared: back to the settings' limit.
  await page.getByRole('button', { name: 'Remover a data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Data removida' })).toBeVisible();
  await openDecks(page);
  await expect(page.getByRole('button', { name: 'Definir a data da entrevista' })).toBeVisible();
  await expect(page.getByTestId('interview-plan-line')).toHaveCount(0);
  // The settings' 10 a day, less the cards already introduced today.
  await expect(totalNew(page)).toHaveText(String(10 - PER_DAY));
});

test('over the ceiling it says so and proposes what to leave out; in the final days a top-up; after the date, a note of how it went', async ({ page }) => {
  await page.clock.install({ time: start });
  await page.goto('/');
  await study(page, 3);
  await setDate(page, '2026-06-12');
  await page.getByLabel('Minutos por dia, no máximo (0: sem limite)').fill('5');
  await page.getByRole('button', { name: 'Salvar o limite' }).click();
  const warning = page.getByTestId('over-ceiling');
  await expect(warning).toContainText('acima do seu limite de 5 min');
  await expect(warning).toContainText(/Proposta: deixar de fora os \d+ cartões de fatos de .*LLMOps/);
  // Two days left and every card still to come today: no leaving out fits, and it says so.
  await expect(warning).toContainText('Mesmo assim o plano ficaria acima do limite');
  await page.getByRole('button', { name: 'Deixar de fora' }).click();
  await expect(page.getByText(/Fora do plano: os fatos de .*LLMOps/)).toBeVisible();
  await expect(warning).toBeVisible(); // still over: the facts were not enough

  // Two days left: the final days' top-up, as a practice whose answers count only if asked.
  await expect(page.getByRole('heading', { name: 'Reforço do dia' })).toBeVisible();
  await expect(page.getByText('Reúne os 3 cartões que você tem mais chance de esquecer até a entrevista.')).toBeVisible();
  await expect(page.getByTestId('mock-a-day')).toContainText('Na última semana, faça uma entrevista simulada por dia.');
  await page.getByRole('button', { name: 'Fazer a entrevista simulada de hoje' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entrevista simulada' })).toBeVisible();
  await openDecks(page);
  await page.getByRole('button', { name: 'Plano da entrevista' }).click();
  await page.getByRole('button', { name: 'Praticar o reforço' }).click();
  await expect(page.locator('h1.prompt')).toBeVisible();

  // After the date: the normal limits, and the offer to note how it went (kept as plain text).
  await page.clock.fastForward(3 * DAY);
  await openDecks(page);
  await expect(page.getByText('A entrevista já passou. Como foi?')).toBeVisible();
  await expect(totalNew(page)).toHaveText('10');
  await page.getByRole('button', { name: 'Plano da entrevista' }).click();
  await page.getByLabel('Como foi a entrevista?').fill('<img src=x onerror=alert(1)> Foi bem');
  await page.getByRole('button', { name: 'Salvar a anotação' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Anotação salva.' })).toBeVisible();
  await expect(page.getByLabel('Como foi a entrevista?')).toHaveValue('<img src=x onerror=alert(1)> Foi bem');
  await openDecks(page);
  await expect(page.getByText('A entrevista já passou. Como foi?')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`draws the plan in the ${colorScheme} theme with no serious accessibility violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: start });
    await page.goto('/');
    await study(page, 4);
    await setDate(page, '2026-06-24');
    await page.getByLabel('Minutos por dia, no máximo (0: sem limite)').fill('10');
    await page.getByRole('button', { name: 'Salvar o limite' }).click();
    await expect(page.getByTestId('plan-readiness')).toBeVisible();
    await expect(page.getByRole('img', { name: /Prontidão em 1 dia/ })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/interview-plan-${colorScheme}.png`, fullPage: true });
    const axe = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await axe()).toEqual([]);
    await openDecks(page);
    await expect(page.getByTestId('interview-plan-line')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/interview-deck-${colorScheme}.png`, fullPage: true });
    expect(await axe()).toEqual([]);
  });
}
