// A content file that cannot be used: the error panel says what is wrong, in the
// reader's language, and where it can, offers to try again.

import type { Page } from '@playwright/test';

import {
  content,
  contentText,
  exactly,
  expect,
  gotoRoute,
  loadContent,
  pageTitle,
  test,
  UI,
} from './fixtures';

const CONTENT_ROUTE = '**/content/roadmap.json';

function languageNav(page: Page, lang: 'fr' | 'en') {
  return page.getByRole('navigation', { name: UI.language[lang], exact: true });
}

async function serve(page: Page, body: string, status = 200) {
  await page.route(CONTENT_ROUTE, (route) =>
    route.fulfill({ status, contentType: 'application/json; charset=utf-8', body }),
  );
}

test('a truncated file: the panel says the file stops before its end', async ({ page }) => {
  await serve(page, contentText.slice(0, Math.floor(contentText.length / 2)));
  await gotoRoute(page, '#/en');
  await expect(pageTitle(page)).toHaveText(UI.contentError.en);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.contentError.en);
  await expect(page.getByText('1 problem was found.')).toBeVisible();
  await expect(page.getByText('The file stops before its end: it may be incomplete.')).toBeVisible();
  await expect(page.locator('.problem-list__where code')).toContainText('the whole file');
  // Retrying would fetch the same broken file: no button.
  await expect(page.getByRole('button', { name: UI.retry.en })).toHaveCount(0);
  // The explorer is not shown.
  await expect(page.locator('svg[role="group"]')).toHaveCount(0);
});

test('a file that is not JSON: the panel says so, with the line', async ({ page }) => {
  await serve(page, '{"title": {"fr": "x", "en": "y"},, }');
  await gotoRoute(page, '#/en');
  await expect(pageTitle(page)).toHaveText(UI.contentError.en);
  await expect(page.getByText(/The file is not valid JSON/)).toBeVisible();
  await expect(page.locator('.problem-list__where code')).toContainText(/line 1, column \d+/);
});

test('an empty text: the panel names its path, in English then in French', async ({ page }) => {
  const broken = loadContent();
  (broken.steps[2].challenges[0].text as { fr: string }).fr = '';
  await serve(page, JSON.stringify(broken, null, 2));
  await gotoRoute(page, '#/en/step/collect-data');
  await expect(pageTitle(page)).toHaveText(UI.contentError.en);
  await expect(page.getByText('1 problem was found.')).toBeVisible();
  const where = page.locator('.problem-list__item');
  await expect(where).toHaveCount(1);
  // The path, then where it is in the file.
  await expect(where.locator('code')).toHaveText(
    /^steps\[2\]\.challenges\[0\]\.text\.fr \(line \d+, column \d+\)$/,
  );
  await expect(where).toContainText('This text is empty');
  await expect(page.getByRole('button', { name: UI.retry.en })).toHaveCount(0);

  // The language switch still works, and keeps the address.
  await languageNav(page, 'en').getByRole('link', { name: UI.autonym.fr }).click();
  await expect(page).toHaveURL(/#\/fr\/step\/collect-data$/);
  await expect(pageTitle(page)).toHaveText(UI.contentError.fr);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('1 problème a été trouvé.')).toBeVisible();
  await expect(where.locator('code')).toHaveText(
    /^steps\[2\]\.challenges\[0\]\.text\.fr \(ligne \d+, colonne \d+\)$/,
  );
  await expect(where).toContainText('Ce texte est vide');
});

test('a French reader sees the panel in French', async ({ page }) => {
  await serve(page, contentText.slice(0, 100));
  await gotoRoute(page, '#/fr');
  await expect(pageTitle(page)).toHaveText(UI.contentError.fr);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByText('Le fichier s’arrête avant la fin : il est peut-être incomplet.')).toBeVisible();
});

test('a 404: the panel says so, and "Try again" shows the explorer once the file is back', async ({
  page,
  errorGuard,
}) => {
  // Chromium itself logs the failed load of the file ("… status of 404 …"); that one
  // message is expected here. The app must log nothing.
  errorGuard.allowConsoleError(/404/, 1);
  await page.route(CONTENT_ROUTE, (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
  );
  await gotoRoute(page, '#/en/step/analyze-data');
  await expect(pageTitle(page)).toHaveText(UI.contentError.en);
  await expect(page.getByText(/error 404/)).toBeVisible();
  const retry = page.getByRole('button', { name: UI.retry.en, exact: true });
  await expect(retry).toBeVisible();

  // The language switch works on the panel too.
  await languageNav(page, 'en').getByRole('link', { name: UI.autonym.fr }).click();
  await expect(pageTitle(page)).toHaveText(UI.contentError.fr);
  await expect(page.getByText(/erreur 404/)).toBeVisible();
  await languageNav(page, 'fr').getByRole('link', { name: UI.autonym.en }).click();
  await expect(pageTitle(page)).toHaveText(UI.contentError.en);

  await page.unroute(CONTENT_ROUTE);
  await serve(page, contentText);
  await retry.click();
  await expect(pageTitle(page)).toHaveText(exactly(content.title.en));
  await expect(page.getByRole('heading', { level: 2, name: 'Analyze data' })).toBeVisible();
  await expect(page.locator('svg[role="group"]')).toBeVisible();
});

test('a server error other than 404 is reported with its status', async ({ page, errorGuard }) => {
  errorGuard.allowConsoleError(/500/, 1);
  await page.route(CONTENT_ROUTE, (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'Oops' }),
  );
  await gotoRoute(page, '#/en');
  await expect(pageTitle(page)).toHaveText(UI.contentError.en);
  await expect(page.getByText(/error 500/)).toBeVisible();
  await expect(page.getByRole('button', { name: UI.retry.en })).toBeVisible();
});
