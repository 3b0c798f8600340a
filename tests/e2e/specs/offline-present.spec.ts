// Offline workshops: after one visit to the explorer, the service worker has also cached
// present.html and its wasm, so a presentation (and its speaker view) opens with no
// network, and the explorer still reloads.

import {
  allSteps,
  content,
  exactly,
  expect,
  expectSlide,
  gotoRoute,
  pageTitle,
  questionsOf,
  SAY,
  slideOf,
  slideTitle,
  summarySlide,
  test,
  UI,
} from './fixtures';

test.describe('with a service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after a first visit to the explorer, a presentation works with no network', async ({
    page,
    context,
  }) => {
    await gotoRoute(page, '#/en');
    // The worker has cached both pages, their wasm and the content once it is active.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);

    // present.html was never loaded online: it comes from the worker's cache.
    await page.goto('about:blank');
    await page.goto('/present.html#/en/present/3');
    await expect(slideTitle(page)).toHaveText(exactly(UI.parts.roles.en));
    await expectSlide(page, 3, 'en');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.keyboard.press('1');
    await expectSlide(page, summarySlide(1), 'en');
    await expect(slideTitle(page)).toHaveText(exactly(allSteps[1].title.en));

    // The speaker view, in another window at the same slide, still offline.
    const n = summarySlide(1);
    const speaker = await context.newPage();
    await speaker.goto(`/present.html#/fr/speaker/${n}`);
    await expect(speaker.locator('h1.speaker__title')).toHaveText(SAY.speakerTitle.fr);
    await expect(speaker.locator('.speaker__progress')).toHaveText(exactly(slideOf('fr', n)));
    await expect(speaker.locator('.speaker__questions li')).toHaveCount(
      questionsOf(allSteps[1]).length,
    );
    await speaker.close();
    await expectSlide(page, n, 'en');

    // Leaving the presentation, and a reload of the explorer, still offline.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/index\\.html#/en/step/${allSteps[1].id}$`));
    await expect(pageTitle(page)).toHaveText(exactly(content.title.en));
    await page.reload();
    await expect(pageTitle(page)).toHaveText(exactly(content.title.en));
    await page.goto('about:blank');
    await page.goto('/#/fr');
    await expect(pageTitle(page)).toHaveText(exactly(content.title.fr));
  });
});
