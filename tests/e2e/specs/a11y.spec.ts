// Automated accessibility checks (axe, WCAG 2.0/2.1/2.2 A and AA) on the main screens,
// in both languages, wide and narrow; and no horizontal scrolling at 320 px (WCAG 1.4.10).

import type { Page } from '@playwright/test';

import {
  details,
  expect,
  expectNoAxeViolations,
  gotoRoute,
  LANGS,
  loadContent,
  test,
  PAGE_TITLE,
} from './fixtures';

const SCREENS = [
  ['home', ''],
  ['a step', '/step/collect-data'],
  ['the glossary', '/glossary'],
] as const;

for (const width of [1280, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const lang of LANGS) {
      for (const [name, path] of SCREENS) {
        test(`axe finds no violation on ${name} (${lang})`, async ({ page }) => {
          await gotoRoute(page, `#/${lang}${path}`);
          if (width < 768) {
            // The phone's step bar stays at the bottom of the window over the text that
            // scrolls under it, so axe would judge whichever button happens to be under it
            // as obscured. At the end of the page the bar covers only the room left for it.
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          }
          await expectNoAxeViolations(page, `#/${lang}${path} at ${width} px`);
        });
      }
    }
  });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  async function expectNoHorizontalScroll(page: Page) {
    const sizes = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(sizes.scrollWidth, `the page is ${sizes.scrollWidth}px wide`).toBeLessThanOrEqual(320);
  }

  for (const lang of LANGS) {
    test(`the home page does not scroll sideways (${lang})`, async ({ page }) => {
      await gotoRoute(page, `#/${lang}`);
      await expectNoHorizontalScroll(page);
    });

    test(`a step does not scroll sideways (${lang})`, async ({ page }) => {
      await gotoRoute(page, `#/${lang}/step/collect-data`);
      await expect(details(page)).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

    test(`a step with a glossary term open does not scroll sideways, and passes axe (${lang})`, async ({
      page,
    }) => {
      // The first part of the step that has glossary terms (one part shows at a time);
      // every term of it, opened one after the other.
      const terms = details(page).locator('button.term__word:visible');
      let count = 0;
      for (const part of ['roles', 'conditions', 'challenges']) {
        await gotoRoute(page, `#/${lang}/step/identify-needs/${part}`);
        await expect(details(page).locator('.item:visible').first()).toBeVisible();
        count = await terms.count();
        if (count > 0) break;
      }
      expect(count, 'the step has glossary terms').toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) {
        await terms.nth(i).click();
        await expect(terms.nth(i)).toHaveAttribute('aria-expanded', 'true');
        await expect(page.locator('.term__sheet:visible')).toHaveCount(1);
        await expectNoHorizontalScroll(page);
      }
      await expectNoAxeViolations(page, `#/${lang}/step/identify-needs at 320 px, a term open`);
    });
  }
});

test.describe('the other screens at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const [name, hash] of [
    ['the introduction', '#/en/intro'],
    ['the sources', '#/fr/sources/hex-2021'],
    ['the credits', '#/fr/credits'],
    ['the not-found page', '#/en/step/nope'],
    ['a step scrolled to its challenges', '#/fr/step/evaluate-share/challenges'],
  ] as const) {
    test(`axe finds no violation on ${name}`, async ({ page }) => {
      await gotoRoute(page, hash);
      await expectNoAxeViolations(page, `${hash} at 1280 px`);
    });
  }

  test('axe finds no violation on the content error panel', async ({ page }) => {
    const broken = loadContent();
    (broken.steps[2].challenges[0].text as { fr: string }).fr = '';
    await page.route('**/content/roadmap.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
    );
    await gotoRoute(page, '#/en');
    await expect(page.locator(PAGE_TITLE)).toHaveText('The roadmap content could not be shown');
    await expectNoAxeViolations(page, 'the content error panel');
  });
});
