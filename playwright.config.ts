import { defineConfig } from '@playwright/test';

const port = Number(process.env.PORT ?? 4173);
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: {
        baseURL: `http://127.0.0.1:${port}`,
        browserName: 'chromium',
        locale: 'pt-BR',
        timezoneId: 'America/Sao_Paulo',
        acceptDownloads: true,
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: {
    // Serves the web build made by `npm run build:web` (the test script builds it first).
    command: `npx vite preview --mode web --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
