// Shared set-up for the browser end-to-end tests: every test fails if the page makes a request
// off this machine or logs an error (a CSP violation, an exception).
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ offlineGuard: void }>({
  offlineGuard: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use();
      expect(foreign, 'requests that left the machine').toEqual([]);
      expect(errors, 'errors logged by the page').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export function sectionRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** Reads the New and Due cells of a section's row in the deck list. */
export async function sectionCounts(page: Page, name: string) {
  const row = sectionRow(page, name);
  return {
    newCount: Number(await row.getByTestId('new-count').textContent()),
    dueCount: Number(await row.getByTestId('due-count').textContent()),
  };
}
