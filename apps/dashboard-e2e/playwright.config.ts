import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
// A missing browser must fail the run, never skip it.
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium not found at ${executablePath}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH`,
  );
}

const port = Number(process.env['E2E_PORT'] ?? 4310);
const root = join(__dirname, '..', '..');

export default defineConfig({
  testDir: './src',
  outputDir: join(root, 'tmp', 'e2e-results'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    headless: true,
    locale: 'ru-RU',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node ${join(root, 'tools/e2e/serve.mjs')}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(port) },
    // Playwright kills the server outright by default; SIGTERM lets it stop PostgreSQL and remove its data.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
