// Addresses the app cannot show: a friendly "not found" page with a way back, never a
// blank page or a console error.

import {
  content,
  exactly,
  expect,
  gotoRoute,
  pageTitle,
  test,
  UI,
  type Lang,
} from './fixtures';

const LONG = `#/en/step/${'a'.repeat(2000)}`;
const LONG_GARBAGE = `#/${'%41/x?&'.repeat(286)}`.slice(0, 2002);

// [label, hash, language the page should speak]. Without a language of ours in the
// address, the browser's (en-US in these tests) is used.
const CASES: [string, string, Lang][] = [
  ['an unknown language', '#/de/step/collect-data', 'en'],
  ['an unknown step', '#/en/step/nope', 'en'],
  ['an unknown step, in French', '#/fr/step/nope', 'fr'],
  ['an unknown section', '#/en/step/collect-data/nope', 'en'],
  ['an unknown page', '#/en/nope', 'en'],
  ['an unknown source', '#/fr/sources/nope', 'fr'],
  ['garbage', '#/%%%', 'en'],
  ['an id in capitals', '#/en/step/UPPER', 'en'],
  ['too many segments', '#/en/step/collect-data/roles/more', 'en'],
  ['a 2,000-character step id', LONG, 'en'],
  ['a 2,000-character hash of garbage', LONG_GARBAGE, 'en'],
];

for (const [label, hash, lang] of CASES) {
  test(`${label} shows "${UI.notFound[lang]}" with a way back`, async ({ page }) => {
    await gotoRoute(page, hash);
    await expect(pageTitle(page)).toHaveText(UI.notFound[lang]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.notFound[lang]);
    await expect(page).toHaveTitle(new RegExp(`^${UI.notFound[lang]}`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // Not a blank page: the header and its navigation are there.
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: UI.mainNav[lang] })).toBeVisible();

    await page.getByRole('link', { name: UI.backHome[lang], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/${lang}$`));
    await expect(pageTitle(page)).toHaveText(exactly(content.title[lang]));
    await expect(page.locator('svg[role="group"]')).toBeVisible();
  });
}

test('the not-found page offers the other language', async ({ page }) => {
  await gotoRoute(page, '#/en/step/nope');
  await page.getByRole('link', { name: 'Lire en français' }).click();
  await expect(page).toHaveURL(/#\/fr$/);
  await expect(pageTitle(page)).toHaveText(exactly(content.title.fr));
});

test('following a bad link from inside the app shows the not-found page', async ({ page }) => {
  await gotoRoute(page, '#/en/step/collect-data');
  await page.evaluate(() => {
    location.hash = '#/en/step/collect-data/nope';
  });
  await expect(pageTitle(page)).toHaveText(UI.notFound.en);
  await expect(pageTitle(page)).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'Collect data' })).toBeVisible();
});
