// The details of a step: its three parts (roles, winning conditions, challenges), one at
// a time and one tap apart, each with as many items as the content has, titled as in the
// content.

import {
  allSteps,
  details,
  exactly,
  expect,
  expectStepShown,
  gotoRoute,
  LANGS,
  norm,
  PARTS,
  test,
  UI,
} from './fixtures';

for (const lang of LANGS) {
  test.describe(`in ${lang === 'fr' ? 'French' : 'English'}`, () => {
    test(`the three parts are headed ${PARTS.map((p) => `"${UI.parts[p][lang]}"`).join(', ')}`, async ({
      page,
    }) => {
      for (const part of PARTS) {
        await gotoRoute(page, `#/${lang}/step/collect-data/${part}`);
        // One part on screen at a time, under its name from the original roadmap.
        const headings = details(page).getByRole('heading', { level: 3 });
        await expect(headings).toHaveText([UI.parts[part][lang]]);
      }
    });

    for (const step of allSteps) {
      test(`${step.id}: every part lists the content's items`, async ({ page }) => {
        await gotoRoute(page, `#/${lang}/step/${step.id}`);
        await expectStepShown(page, step, lang);
        for (const part of PARTS) {
          const items = step[part];
          // Each part is one tap away.
          await details(page)
            .getByRole('navigation', { name: lang === 'fr' ? 'Dans cette étape' : 'In this step' })
            .getByRole('link', { name: `${UI.parts[part][lang]} (${items.length})`, exact: true })
            .click();
          const region = details(page).getByRole('region', {
            name: UI.parts[part][lang],
            exact: true,
          });
          await expect(region).toBeVisible();
          await expect(
            region.getByRole('heading', { level: 3, name: UI.parts[part][lang], exact: true }),
          ).toBeVisible();
          // One card per item, in the content's order, each headed by its title.
          await expect(region.locator('li.item')).toHaveCount(items.length);
          await expect(region.getByRole('heading', { level: 4 })).toHaveText(
            items.map((item) => exactly(item.title[lang])),
          );
          // The "In this step" links give the same counts.
          await expect(
            details(page)
              .getByRole('navigation', { name: lang === 'fr' ? 'Dans cette étape' : 'In this step' })
              .getByRole('link', { name: `${UI.parts[part][lang]} (${items.length})`, exact: true }),
          ).toBeVisible();
          // The texts are there too (glossary terms inside them are buttons, so compare text).
          const texts = await region.locator('li.item .item__text').allInnerTexts();
          expect(texts.map(norm)).toEqual(items.map((item) => norm(item.text[lang])));
        }
      });
    }
  });
}
