import { defineConfig } from '@playwright/test';

// End-to-end tests of the release build in dist/ (run `make build` first).
// Chromium is Debian's /usr/bin/chromium: never run `playwright install`
// (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: 'http://127.0.0.1:8089/',
    trace: 'retain-on-failure',
    // The service worker would hide requests from page.route(); offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: /csp\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
      },
    },
    {
      // The main journeys with the Content-Security-Policy sent as a header (port 8094).
      name: 'csp',
      testMatch: /csp\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        baseURL: 'http://127.0.0.1:8094/',
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
      },
    },
  ],
  webServer: [
    {
      command: 'python3 -m http.server 8089 --bind 127.0.0.1 --directory ../../dist',
      url: 'http://127.0.0.1:8089/index.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // The same site as a host that sends Access-Control-Allow-Origin (scripts/serve.mjs),
      // for embeds in a sandbox without allow-same-origin.
      command: 'node scripts/serve.mjs ../../dist 8092',
      url: 'http://127.0.0.1:8092/index.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // The built site with its content replaced afterwards, as an organization
      // publishes its adaptation (scripts/adapt.mjs writes the files, no rebuild).
      command:
        'node scripts/adapt.mjs ../../target/adapted-site && node scripts/serve.mjs ../../dist 8093 ../../target/adapted-site',
      url: 'http://127.0.0.1:8093/index.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // The site as an organization with a strict Content-Security-Policy serves it
      // (scripts/csp.mjs; the csp project).
      command: 'node scripts/serve.mjs ../../dist 8094 --csp',
      url: 'http://127.0.0.1:8094/index.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // Host pages that embed the explorer, from another origin (another port).
      command: 'python3 -m http.server 8090 --bind 127.0.0.1 --directory hosts',
      url: 'http://127.0.0.1:8090/one.html',
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});
