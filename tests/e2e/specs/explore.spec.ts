// Exploring the cycle with a pointer: the diagram on wide screens, the list on narrow
// ones, and the previous/next links of the details.

import {
  allSteps,
  details,
  diagram,
  expect,
  expectStepShown,
  gotoRoute,
  LANGS,
  listLink,
  node,
  stepList,
  test,
  UI,
} from './fixtures';

test.describe('at 1280 px, the diagram', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const lang of LANGS) {
    test(`a click on each node opens its step (${lang})`, async ({ page }) => {
      await gotoRoute(page, `#/${lang}`);
      await expect(diagram(page)).toBeVisible();
      await expect(stepList(page, lang)).toBeHidden();
      await expect(diagram(page).getByRole('button')).toHaveCount(allSteps.length);
      // Nothing is selected before a click.
      await expect(details(page)).toHaveCount(0);
      await expect(diagram(page).locator('[aria-current]')).toHaveCount(0);

      for (const step of allSteps) {
        // A reader clicks the disc of a node (its label is beside it, with gaps between
        // the lines, so the centre of the node's box may be empty space).
        await node(page, step, lang).locator('circle.cycle__disc').click();
        await expectStepShown(page, step, lang);
        await expect(node(page, step, lang)).toHaveAttribute('aria-current', 'step');
        await expect(diagram(page).locator('[aria-current="step"]')).toHaveCount(1);
      }
    });
  }
});

test.describe('at 375 px, the list of steps', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const lang of LANGS) {
    test(`replaces the diagram, and each link opens its step (${lang})`, async ({ page }) => {
      await gotoRoute(page, `#/${lang}`);
      await expect(diagram(page)).toBeHidden();
      const list = stepList(page, lang);
      await expect(list).toBeVisible();
      await expect(list.getByRole('link')).toHaveCount(allSteps.length);

      for (const step of allSteps) {
        const link = listLink(page, step, lang);
        await link.click();
        await expectStepShown(page, step, lang);
        await expect(link).toHaveAttribute('aria-current', 'step');
        await expect(list.locator('[aria-current="step"]')).toHaveCount(1);
      }
    });
  }
});

test.describe('previous and next', () => {
  const pager = (page: import('@playwright/test').Page, lang: 'fr' | 'en') =>
    details(page).getByRole('navigation', { name: `${UI.previous[lang]} / ${UI.next[lang]}` });

  for (const lang of LANGS) {
    test(`"next" walks the whole loop and comes back (${lang})`, async ({ page }) => {
      const first = allSteps[0];
      await gotoRoute(page, `#/${lang}/step/${first.id}`);
      await expectStepShown(page, first, lang);
      for (let i = 1; i <= allSteps.length; i += 1) {
        const target = allSteps[i % allSteps.length];
        const next = pager(page, lang).getByRole('link', { name: new RegExp(UI.next[lang]) });
        await expect(next).toContainText(target.title[lang].replace(/\u00a0/g, ' '));
        await next.click();
        await expectStepShown(page, target, lang);
      }
    });

    test(`"previous" walks the whole loop backwards (${lang})`, async ({ page }) => {
      const first = allSteps[1];
      await gotoRoute(page, `#/${lang}/step/${first.id}`);
      await expectStepShown(page, first, lang);
      for (let i = 1; i <= allSteps.length; i += 1) {
        const target = allSteps[(1 - i + allSteps.length * 2) % allSteps.length];
        const previous = pager(page, lang).getByRole('link', {
          name: new RegExp(UI.previous[lang]),
        });
        await expect(previous).toContainText(target.title[lang].replace(/\u00a0/g, ' '));
        await previous.click();
        await expectStepShown(page, target, lang);
      }
    });
  }
});
