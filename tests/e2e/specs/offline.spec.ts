// Offline use: after one visit, the explorer works with the network cut, served by the
// service worker; and it works the same where service workers are not allowed.

import {
  content,
  expect,
  expectStepShown,
  gotoRoute,
  pageTitle,
  test,
} from './fixtures';

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
});

test.describe('without service workers', () => {
  test.use({ serviceWorkers: 'block' });

  test('the explorer loads and works, with no error', async ({ page }) => {
    await gotoRoute(page, '#/en/step/collect-data');
    await expectStepShown(page, content.steps[1], 'en');
  });
});
