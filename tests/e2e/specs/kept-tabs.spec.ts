// Kept items and notes with the site open in two tabs (two pages of one browser
// context share localStorage): what one tab writes shows in the other, and no tab's
// save, its last step included, loses what the other wrote; a note written in both at
// once keeps both texts.

import type { Locator, Page } from '@playwright/test';
import { collectErrors, content, expect, gotoRoute, test } from './fixtures';

const step = content.steps[1];
const next = content.steps[2];
const [first, second] = step.roles;
const KEY = 'lhs-roadmap.personal';

/** The Keep toggle of an item (pressed when kept), whatever its words. */
const keep = (page: Page, id: string): Locator => page.locator(`#item-${id} button[aria-pressed]`);
const note = (page: Page, stepId = step.id): Locator => page.locator(`#note-${stepId}`);

/** What storage holds, as the export would say it. */
async function stored(page: Page) {
  const text = await page.evaluate((key) => localStorage.getItem(key), KEY);
  const file = JSON.parse(text ?? '{}');
  return { bookmarks: file.bookmarks ?? [], notes: file.notes ?? {}, last: file.last };
}

test('what one tab keeps and writes shows in the other, and "Next step" there loses nothing', async ({
  page,
}) => {
  const other = await page.context().newPage();
  const errors = collectErrors(other);
  await gotoRoute(page, `#/en/step/${step.id}`);
  await gotoRoute(other, `#/en/step/${step.id}`);

  // Tab B keeps an item and writes a note (saved when the field is left).
  await keep(other, first.id).click();
  await note(other).fill('Asked by tab B');
  await note(other).blur();

  // Tab A shows them without a reload.
  await expect(keep(page, first.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(note(page)).toHaveValue('Asked by tab B');

  // Tab A goes on to the next step: it saves its last step, and nothing else changes.
  await page.locator('.step-panel:not([hidden]) a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`/step/${next.id}$`));
  await expect.poll(async () => (await stored(page)).last).toBe(next.id);
  expect(await stored(page)).toEqual({
    bookmarks: [first.id],
    notes: { [step.id]: 'Asked by tab B' },
    last: next.id,
  });
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
  await keep(page, first.id).click();
  await gotoRoute(other, `#/en/step/${step.id}`);
  await expect(keep(other, first.id)).toHaveAttribute('aria-pressed', 'true');

  // B lets the first go and keeps the second and a note; A, still showing the first as
  // kept, writes a note of its own on the next step.
  await keep(other, first.id).click();
  await keep(other, second.id).click();
  await note(other).fill('From B');
  await note(other).blur();
  await expect(keep(page, first.id)).toHaveAttribute('aria-pressed', 'true');
  await page.locator('.step-panel:not([hidden]) a[rel="next"]').click();
  await note(page, next.id).fill('From A');
  await note(page, next.id).blur();

  expect(await stored(page)).toEqual({
    bookmarks: [second.id],
    notes: { [step.id]: 'From B', [next.id]: 'From A' },
    last: next.id,
  });
  // And A's copy took in B's changes when it saved.
  await page.locator('.step-panel:not([hidden]) a[rel="prev"]').click();
  await expect(keep(page, first.id)).toHaveAttribute('aria-pressed', 'false');
  await expect(keep(page, second.id)).toHaveAttribute('aria-pressed', 'true');
  expect(errors).toEqual([]);
});

test('a note written in two tabs at once keeps both texts, and "My roadmap" follows', async ({ page }) => {
  const other = await page.context().newPage();
  const errors = collectErrors(other);
  await gotoRoute(page, `#/en/step/${step.id}`);
  await gotoRoute(other, '#/en/mine');
  await expect(other.getByText(/^Nothing yet/)).toBeVisible();

  // My roadmap, open in B, lists what A keeps.
  await keep(page, first.id).click();
  await expect(other.locator('main').getByRole('link', { name: first.title.en, exact: true })).toBeVisible();

  // Both write the same step's note before either saves.
  await gotoRoute(other, `#/en/step/${step.id}`);
  await note(page).fill('Written in A');
  await note(other).fill('Written in B');
  // Each leaves the field (which saves at once, as a pause in typing would). The tab that
  // saves second finds the other's text saved since it began, and keeps both.
  await note(page).dispatchEvent('blur');
  await note(other).dispatchEvent('blur');
  const both = /^Written in (A\n\nWritten in B|B\n\nWritten in A)$/;
  await expect.poll(async () => (await stored(page)).notes[step.id]).toMatch(both);
  const saved = (await stored(page)).notes[step.id];
  await expect(note(other)).toHaveValue(saved);
  await expect(note(page)).toHaveValue(saved);
  // And that tab says so.
  const told = (tab: Page) => tab.getByRole('status').filter({ hasText: 'keeps both texts' });
  const second = saved.startsWith('Written in A') ? other : page;
  await expect(told(second)).toBeVisible();
  expect(errors).toEqual([]);
});
