import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.mjs';

const browser = findBrowser();
// E2E_PORT lets several checkouts (or sessions) run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: browser?.executablePath, args: browser?.args ?? [] },
    trace: 'retain-on-failure',
    // The app follows the browser's language: tests read its English unless they ask for another.
    locale: 'en-US',
  },
  webServer: {
    command: `npx vite build --logLevel warn && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
