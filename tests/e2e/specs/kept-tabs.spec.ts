// Kept items and notes with the site open in two tabs (two pages of one browser
// context share localStorage): what one tab writes shows in the other, and no tab's
// save, its last step included, loses what the other wrote; a note written in both at
// once keeps both texts.

import type { Page } from '@playwright/test';
import { collectErrors, content, details, expect, gotoRoute, test } from './fixtures';

const step = content.steps[1];
const next = content.steps[2];
const [first, second] = step.roles;

const keep = (page: Page, title: string) =>
  details(page).getByRole('button', { name: `Keep: ${title}`, exact: true });
/** A kept item's button, which offers to remove it. */
const kept = (page: Page, title: string) =>
  details(page).getByRole('button', { name: `Remove: ${title}`, exact: true });
const note = (page: Page) => details(page).getByLabel('My notes on this step');
const nextStep = (page: Page) => details(page).getByRole('link', { name: /Next step/ });
const previousStep = (page: Page) => details(page).getByRole('link', { name: /Previous step/ });

/** "My roadmap" as a person opens it afresh: what it lists. */
async function expectMine(page: Page, items: string[], notes: string[]) {
  await gotoRoute(page, '#/en/mine');
  const main = page.locator('main');
  for (const title of items) {
    await expect(main.getByRole('link', { name: title, exact: true })).toBeVisible();
  }
  await expect(main.locator('.mine__note')).toHaveText(notes);
}

test('what tab B keeps and writes shows in tab A, and "Next step" in A loses nothing', async ({ page }) => {
  const other = await page.context().newPage();
  const errors = collectErrors(other);
  await gotoRoute(page, `#/en/step/${step.id}`);
  await gotoRoute(other, `#/en/step/${step.id}`);

  // Tab B keeps an item and writes a note (saved when the field is left).
  await keep(other, first.title.en).click();
  await note(other).fill('Asked in tab B');
  await note(other).blur();

  // Tab A shows them without a reload, then goes on to the next step.
  await expect(kept(page, first.title.en)).toBeVisible();
  await expect(note(page)).toHaveValue('Asked in tab B');
  await nextStep(page).click();
  await expect(page).toHaveURL(new RegExp(`/step/${next.id}$`));

  // Both are still there.
  await expectMine(other, [first.title.en], ['Asked in tab B']);
  expect(errors).toEqual([]);
});

test('a tab that hears nothing still keeps the other tab’s keeps and removals', async ({ page }) => {
  const other = await page.context().newPage();
  const errors = collectErrors(other);
  // Tab A never hears tab B's writes (as a tab the browser froze): its copy stays old.
  await page.addInitScript(() =>
    window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true),
  );
  await gotoRoute(page, `#/en/step/${step.id}`);
  await keep(page, first.title.en).click();
  await gotoRoute(other, `#/en/step/${step.id}`);

  // B lets the first go, keeps the second and writes a note; A, still showing the first
  // as kept, writes a note of its own on the next step.
  await kept(other, first.title.en).click();
  await keep(other, second.title.en).click();
  await note(other).fill('From B');
  await note(other).blur();
  await expect(kept(page, first.title.en)).toBeVisible();
  await nextStep(page).click();
  await note(page).fill('From A');
  await note(page).blur();

  // A's save took in B's changes: back on the step, A shows them.
  await previousStep(page).click();
  await expect(keep(page, first.title.en)).toBeVisible();
  await expect(kept(page, second.title.en)).toBeVisible();
  await expect(note(page)).toHaveValue('From B');
  await expectMine(other, [second.title.en], ['From B', 'From A']);
  await expect(other.locator('main').getByRole('link', { name: first.title.en, exact: true })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a note written in two tabs at once keeps both texts, and the tab says so', async ({ page }) => {
  const other = await page.context().newPage();
  const errors = collectErrors(other);
  await gotoRoute(page, `#/en/step/${step.id}`);
  await gotoRoute(other, `#/en/step/${step.id}`);

  // Both write the same step's note before either saves, then each leaves the field
  // (which saves at once, as a pause in typing would). The tab that saves second finds
  // the other's text saved since it began, and keeps both.
  await note(page).fill('Written in A');
  await note(other).fill('Written in B');
  await note(page).dispatchEvent('blur');
  await note(other).dispatchEvent('blur');
  const both = /^Written in (A\n\nWritten in B|B\n\nWritten in A)$/;
  await expect(note(other)).toHaveValue(both);
  await expect(note(page)).toHaveValue(await note(other).inputValue());
  await expect(other.getByRole('status').getByText('it keeps both texts')).toBeVisible();
  expect(errors).toEqual([]);
});
