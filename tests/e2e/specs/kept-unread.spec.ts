// Stored data that cannot be read is set aside, never written over, and the person is
// told in plain words with a way to download it; data saved by a newer version of the
// explorer is left as it is; axe finds nothing wrong with the messages.

import { readFileSync } from 'node:fs';

import type { Locator, Page } from '@playwright/test';
import { content, details, expect, expectNoAxeViolations, gotoRoute, test } from './fixtures';

const step = content.steps[1];
const [role, other] = step.roles;
const KEY = 'lhs-roadmap.personal';
const DAMAGED = '{"format": "lhs-roadmap-personal", "version": 1, "bookmarks": [';
const DAMAGED_AGAIN = 'not JSON at all';

const keep = (page: Page, title: string) =>
  details(page).getByRole('button', { name: `Keep: ${title}`, exact: true });
const kept = (page: Page, title: string) =>
  details(page).getByRole('button', { name: `Remove: ${title}`, exact: true });
const told = (page: Page) => page.getByRole('alert').filter({ hasText: 'could not be read' });

/** Puts `text` in the stored file, as a damaged disk or a hand edit would, then loads
 * `hash` afresh. */
async function damageThenOpen(page: Page, text: string, hash: string) {
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, text]);
  await gotoRoute(page, hash);
}

/** Clicks a download link and gives the file's name and text. */
async function download(page: Page, link: Locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('damaged data is set aside, the person is told and can download it as it was', async ({ page }) => {
  await gotoRoute(page, `#/en/step/${step.id}`);
  await damageThenOpen(page, DAMAGED, `#/en/step/${step.id}`);
  await expect(told(page)).toContainText('set aside on this device, unchanged');
  expect(await download(page, told(page).getByRole('link', { name: 'Download this data' }))).toEqual({
    name: 'my-roadmap-unread-1.json',
    text: DAMAGED,
  });

  // The page keeps working, and what is kept now survives a reload.
  await keep(page, role.title.en).click();
  await page.reload();
  await expect(kept(page, role.title.en)).toBeVisible();
  await expect(told(page)).toBeVisible();
});

test('a second failure does not replace the first copy', async ({ page }) => {
  await gotoRoute(page, `#/en/step/${step.id}`);
  await damageThenOpen(page, DAMAGED, `#/en/step/${step.id}`);
  await keep(page, role.title.en).click();
  await damageThenOpen(page, DAMAGED_AGAIN, '#/en/mine');

  const first = await download(page, told(page).getByRole('link', { name: 'Download copy 1' }));
  const second = await download(page, told(page).getByRole('link', { name: 'Download copy 2' }));
  expect(first).toEqual({ name: 'my-roadmap-unread-1.json', text: DAMAGED });
  expect(second).toEqual({ name: 'my-roadmap-unread-2.json', text: DAMAGED_AGAIN });

  // Deleting a copy asks first, and deletes only that one.
  await told(page).getByRole('button', { name: 'Delete copy 1…' }).click();
  await told(page).getByRole('button', { name: 'Yes, delete it' }).click();
  expect(await download(page, told(page).getByRole('link', { name: 'Download this data' }))).toEqual({
    name: 'my-roadmap-unread-2.json',
    text: DAMAGED_AGAIN,
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  test('a step opened with damaged data shows the message first, not the step', async ({ page }) => {
    await gotoRoute(page, `#/fr/step/${step.id}`);
    await damageThenOpen(page, DAMAGED, `#/fr/step/${step.id}`);
    const message = page.getByRole('alert').filter({ hasText: 'n’ont pas pu être lus' });
    await expect(message.getByRole('link', { name: 'Télécharger ces données' })).toBeInViewport();
    // Once told, the steps land as usual.
    await page.getByRole('link', { name: /Étape suivante/ }).first().click();
    await expect(page.locator('.step-panel:not([hidden]) h2.step__title')).toBeInViewport();
  });
});

for (const lang of ['fr', 'en'] as const) {
  test(`the message and "My roadmap" with it pass axe (${lang})`, async ({ page }) => {
    await gotoRoute(page, `#/${lang}/mine`);
    await damageThenOpen(page, DAMAGED, `#/${lang}/mine`);
    const name = lang === 'fr' ? 'Télécharger ces données' : 'Download this data';
    await expect(page.getByRole('alert').getByRole('link', { name })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('data saved by a newer version is left as it is, can be downloaded, and the page says to reload', async ({
  page,
}) => {
  const newer = JSON.stringify({ format: 'lhs-roadmap-personal', version: 9, bookmarks: [role.id] });
  await gotoRoute(page, `#/en/step/${step.id}`);
  await damageThenOpen(page, newer, `#/en/step/${step.id}`);
  const alert = page.getByRole('alert').filter({ hasText: 'newer version of the explorer' });
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // A change here is shown, and can be exported, but is not written over the newer file.
  await keep(page, other.title.en).click();
  await expect(kept(page, other.title.en)).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Save a copy of what you changed here' })).toBeVisible();
  expect(await download(page, alert.getByRole('link', { name: 'Download them as saved' }))).toEqual({
    name: 'my-roadmap.json',
    text: newer,
  });
});
