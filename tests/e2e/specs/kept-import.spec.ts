// An import says what it changed: items and notes added or joined, what was already
// there, and any note it cut to the limit, in both languages; axe finds nothing wrong.

import type { Page } from '@playwright/test';
import { content, details, expect, expectNoAxeViolations, gotoRoute, test } from './fixtures';

const [one, two] = content.steps;
const MAX_NOTE = 20_000;

const file = (bookmarks: string[], notes: Record<string, string>) =>
  Buffer.from(JSON.stringify({ format: 'lhs-roadmap-personal', version: 1, bookmarks, notes }));

async function importFile(page: Page, buffer: Buffer) {
  await page.locator('#mine-import').setInputFiles({ name: 'my-roadmap.json', mimeType: 'application/json', buffer });
}

test('an import lists what it added and joined, and says which note it shortened', async ({ page }) => {
  // Already here: one item and a note on the first step.
  await gotoRoute(page, `#/en/step/${one.id}`);
  await details(page).getByRole('button', { name: `Keep: ${one.roles[0].title.en}`, exact: true }).click();
  await details(page).getByLabel('My notes on this step').fill('Mine');
  await details(page).getByLabel('My notes on this step').blur();

  await gotoRoute(page, '#/en/mine');
  const long = 'x'.repeat(MAX_NOTE + 50);
  await importFile(page, file([one.roles[0].id, one.roles[1].id, two.roles[0].id], { [one.id]: 'Theirs', [two.id]: long }));
  const report = page.getByRole('alert').filter({ hasText: 'Copy opened.' });
  await expect(report.getByRole('listitem')).toHaveText([
    '2 kept items added',
    '1 note added',
    '1 note added after yours on the same step (both texts are kept)',
    '1 item was already kept',
  ]);
  await expect(report).toContainText(
    `Shortened: the note on “${two.title.en}” was longer than 20,000 characters. Only its first 20,000 characters were imported.`,
  );
  await expect(page.locator('.mine__note').first()).toHaveText('Mine\n\nTheirs');
  await expectNoAxeViolations(page);
});

test('a file imported twice says the second time that nothing was new', async ({ page }) => {
  await gotoRoute(page, '#/en/mine');
  const same = file([one.roles[0].id], { [one.id]: 'Theirs' });
  await importFile(page, same);
  await expect(page.getByRole('status').filter({ hasText: 'Copy opened.' })).toBeVisible();
  await importFile(page, same);
  const again = page.getByRole('status').filter({ hasText: 'Copy opened.' });
  await expect(again.getByRole('listitem')).toHaveText([
    'Nothing new: everything in this file was already here.',
    '1 item was already kept',
    '1 note was already here',
  ]);
});

test('the report is in French too', async ({ page }) => {
  await gotoRoute(page, '#/fr/mine');
  await importFile(page, file([one.roles[0].id], { [two.id]: 'y'.repeat(MAX_NOTE + 1) }));
  const report = page.getByRole('alert').filter({ hasText: 'Copie ouverte.' });
  await expect(report.getByRole('listitem')).toHaveText(['1 élément gardé ajouté', '1 note ajoutée']);
  await expect(report).toContainText(`la note sur « ${two.title.fr} » dépassait 20\u202f000 caractères`);
  await expectNoAxeViolations(page);
});
