// Stored data that cannot be read is set aside, never written over, and the person is
// told in plain words with a way to download it; data saved by a newer version of the
// explorer is left as it is; axe finds nothing wrong with the messages.

import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';
import { content, expect, expectNoAxeViolations, gotoRoute, test } from './fixtures';

const step = content.steps[1];
const role = step.roles[0];
const KEY = 'lhs-roadmap.personal';
const DAMAGED = '{"format": "lhs-roadmap-personal", "version": 1, "bookmarks": [';
const DAMAGED_AGAIN = 'not JSON at all';

const keep = (page: Page, id: string) => page.locator(`#item-${id} button[aria-pressed]`);
const item = (page: Page, key: string) => page.evaluate((key) => localStorage.getItem(key), key);

/** Puts `text` in the stored file, then loads `hash` afresh. */
async function storeThenOpen(page: Page, text: string, hash: string) {
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [KEY, text]);
  await gotoRoute(page, hash);
}

test('damaged data is set aside and told, with a download, and a second copy never replaces the first', async ({
  page,
}) => {
  await gotoRoute(page, `#/en/step/${step.id}`);
  await storeThenOpen(page, DAMAGED, `#/en/step/${step.id}`);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('set aside on this device, unchanged');
  expect(await item(page, `${KEY}.unread`)).toBe(DAMAGED);

  // The download gives the data as it was.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('link', { name: 'Download this data' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('my-roadmap-unread-1.json');
  expect(readFileSync(await download.path(), 'utf8')).toBe(DAMAGED);

  // The page keeps working: a keep is saved over the damaged file, which is safe aside.
  await keep(page, role.id).click();
  expect(JSON.parse((await item(page, KEY)) ?? '{}').bookmarks).toEqual([role.id]);

  // Damaged again: a second copy, the first untouched.
  await storeThenOpen(page, DAMAGED_AGAIN, '#/en/mine');
  expect(await item(page, `${KEY}.unread`)).toBe(DAMAGED);
  expect(await item(page, `${KEY}.unread.2`)).toBe(DAMAGED_AGAIN);
  await expect(alert.getByRole('link', { name: 'Download copy 1' })).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Download copy 2' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Deleting a copy asks first, and deletes only that one.
  await alert.getByRole('button', { name: 'Delete copy 1…' }).click();
  await alert.getByRole('button', { name: 'Yes, delete it' }).click();
  expect(await item(page, `${KEY}.unread`)).toBeNull();
  expect(await item(page, `${KEY}.unread.2`)).toBe(DAMAGED_AGAIN);
  await expect(alert.getByRole('link', { name: 'Download this data' })).toBeVisible();
});

test('in French, the message is in French and axe finds nothing', async ({ page }) => {
  await gotoRoute(page, `#/fr/step/${step.id}`);
  await storeThenOpen(page, DAMAGED, `#/fr/step/${step.id}`);
  const alert = page.getByRole('alert').filter({ hasText: 'n’ont pas pu être lus' });
  await expect(alert.getByRole('link', { name: 'Télécharger ces données' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('data saved by a newer version is left as it is, and the page says to reload', async ({ page }) => {
  const newer = JSON.stringify({ format: 'lhs-roadmap-personal', version: 9, bookmarks: [role.id] });
  await gotoRoute(page, `#/en/step/${step.id}`);
  await storeThenOpen(page, newer, `#/en/step/${step.id}`);
  const alert = page.getByRole('alert').filter({ hasText: 'newer version of the explorer' });
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // A change here is not written over the newer file.
  await keep(page, step.roles[1].id).click();
  await expect(keep(page, step.roles[1].id)).toHaveAttribute('aria-pressed', 'true');
  expect(await item(page, KEY)).toBe(newer);
  expect(await item(page, `${KEY}.unread`)).toBeNull();
  await expectNoAxeViolations(page);
});
