// Offline use: after one visit, the explorer works with the network cut, served by the
// service worker; and it works the same where service workers are not allowed.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import {
  content,
  expect,
  expectStepShown,
  gotoRoute,
  pageTitle,
  test,
} from './fixtures';

/** The built worker the test server serves. */
const WORKER_FILE = fileURLToPath(new URL('../../../dist/sw.js', import.meta.url));

test.describe('with a service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit, the explorer and a step work with no network', async ({
    page,
    context,
  }) => {
    await gotoRoute(page, '#/en');
    // The worker has cached the app and the content once it is active.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);

    await page.reload();
    await expect(pageTitle(page)).toHaveText(content.title.en);
    // Served by the worker, not by a browser cache.
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A fresh load of another address, still offline.
    await page.goto('about:blank');
    await page.goto('/#/fr/step/collect-data/challenges');
    await expectStepShown(page, content.steps[1], 'fr');
    await expect(page.locator('#part-challenges')).toBeInViewport();

    // The find pages (find.html) too, though never opened online.
    await page.goto('about:blank');
    await page.goto('/find.html#/en/mine');
    await expect(pageTitle(page)).toHaveText('My roadmap');
  });

  test('when online, the content file comes from the network, so a replaced file shows', async ({
    page,
  }) => {
    await gotoRoute(page, '#/en');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Serve a changed title from the "server" (the worker's own fetch goes to the network).
    const changed = { ...content, title: { fr: 'Titre remplacé', en: 'Replaced title' } };
    await page.context().route('**/content/roadmap.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(changed) }),
    );
    await page.reload();
    await expect(pageTitle(page)).toHaveText('Replaced title');
  });
  test('a new version waits for the old one to be unused, then replaces it whole', async ({
    page,
    context,
  }) => {
    const cacheNames = (target: Page) =>
      target.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('lhs-roadmap-')));
    await gotoRoute(page, '#/en');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const [oldCache] = await cacheNames(page);
    expect(oldCache).toMatch(/^lhs-roadmap-/);
    // A second visit: now the page is served by (and keeps using) this version.
    await page.reload();
    await expect(pageTitle(page)).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A new deployment on the server: the same files under a new version of the worker.
    const worker = readFileSync(WORKER_FILE, 'utf8');
    const newWorker = worker.replace(/VERSION="[^"]+"/, 'VERSION="next-version-test"');
    expect(newWorker).not.toBe(worker);
    writeFileSync(WORKER_FILE, newWorker);
    try {
      await expectReplacement(page, context, oldCache, cacheNames);
    } finally {
      writeFileSync(WORKER_FILE, worker);
    }
  });
});

/** The rest of the test above, run while the server has the new worker. */
async function expectReplacement(
  page: Page,
  context: BrowserContext,
  oldCache: string,
  cacheNames: (target: Page) => Promise<string[]>,
): Promise<void> {
  // The open page finds the update; the new worker installs and waits.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no registration');
    await registration.update();
    await new Promise<void>((resolve) => {
      const check = () => (registration.waiting ? resolve() : setTimeout(check, 50));
      check();
    });
  });
  // Meanwhile the open page keeps its version: both caches exist, the old one serves it.
  expect((await cacheNames(page)).sort()).toEqual([oldCache, 'lhs-roadmap-next-version-test'].sort());
  await page.reload();
  await expect(pageTitle(page)).toHaveText(content.title.en);

  // The next visit, once no page uses the old version, gets the new one alone.
  await page.goto('about:blank');
  const next = await context.newPage();
  await next.goto('/#/en');
  await expect(pageTitle(next)).toHaveText(content.title.en);
  await expect
    .poll(() => cacheNames(next), { timeout: 10_000 })
    .toEqual(['lhs-roadmap-next-version-test']);
}

test.describe('without service workers', () => {
  test.use({ serviceWorkers: 'block' });

  test('the explorer loads and works, with no error', async ({ page }) => {
    await gotoRoute(page, '#/en/step/collect-data');
    await expectStepShown(page, content.steps[1], 'en');
  });
});
