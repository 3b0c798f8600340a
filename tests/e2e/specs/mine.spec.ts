// The personal roadmap: keeping items and writing notes, which survive a reload; export
// then import into a fresh browser profile; bad files and refused storage said plainly;
// "resume where I left off".

import { readFileSync } from 'node:fs';

import {
  content,
  details,
  expect,
  expectNoAxeViolations,
  gotoRoute,
  test,
  type Page,
} from './fixtures';

const step = content.steps[1];
const role = step.roles[0];
const challenge = step.challenges[0];
const NOTE = 'Ask the team about consent.\nSecond line: «\u00a0défi\u00a0» <b>not bold</b>';

const keep = (page: Page, title: string) =>
  details(page).getByRole('button', { name: `Keep: ${title}`, exact: true });
/** A kept item's button, which now offers to remove it. */
const kept = (page: Page, title: string) =>
  details(page).getByRole('button', { name: `Remove: ${title}`, exact: true });

async function keepAndWrite(page: Page) {
  await gotoRoute(page, `#/en/step/${step.id}`);
  await keep(page, role.title.en).click();
  await expect(kept(page, role.title.en)).toBeVisible();
  // The challenges are one tap away.
  await details(page).getByRole('link', { name: /^Challenges/ }).click();
  await keep(page, challenge.title.en).click();
  await expect(kept(page, challenge.title.en)).toBeVisible();
  await details(page).getByLabel('My notes on this step').fill(NOTE);
}

async function expectMine(page: Page) {
  await gotoRoute(page, '#/en/mine');
  const main = page.locator('main');
  await expect(main.getByRole('link', { name: role.title.en, exact: true })).toBeVisible();
  await expect(main.getByRole('link', { name: challenge.title.en, exact: true })).toBeVisible();
  await expect(main.locator('.mine__note')).toHaveText(NOTE);
}

test('kept items and notes survive a reload and show on "My roadmap"', async ({ page }) => {
  await keepAndWrite(page);
  await page.reload();
  await expect(kept(page, challenge.title.en)).toBeVisible();
  await expect(keep(page, step.challenges[1].title.en)).toBeVisible();
  await details(page).getByRole('link', { name: /^Roles/ }).click();
  await expect(kept(page, role.title.en)).toBeVisible();
  await expect(keep(page, step.roles[1].title.en)).toBeVisible();
  await expect(details(page).getByLabel('My notes on this step')).toHaveValue(NOTE);
  await expectMine(page);
  // Removing one from the page leaves the other.
  await page.getByRole('button', { name: `Remove: ${challenge.title.en}` }).click();
  await expect(page.locator('main').getByRole('link', { name: challenge.title.en, exact: true })).toHaveCount(0);
  await expect(page.locator('main').getByRole('link', { name: role.title.en, exact: true })).toBeVisible();
});

test('an export imported into a fresh profile restores everything', async ({ page, browser }) => {
  await keepAndWrite(page);
  await gotoRoute(page, '#/en/mine');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Save a copy (file)' }).click(),
  ]);
  const file = readFileSync(await download.path());
  const saved = JSON.parse(file.toString('utf8'));
  expect(saved.format).toBe('lhs-roadmap-personal');

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await gotoRoute(other, '#/en/mine');
  await expect(other.getByText(/^Nothing yet/)).toBeVisible();
  await other.locator('#mine-import').setInputFiles({ name: 'my-roadmap.json', mimeType: 'application/json', buffer: file });
  await expect(other.getByRole('status').filter({ hasText: 'Copy opened' })).toBeVisible();
  await expectMine(other);
  await fresh.close();
});

test('a bad import says what is wrong and changes nothing', async ({ page }) => {
  await keepAndWrite(page);
  await gotoRoute(page, '#/fr/mine');
  const before = await page.evaluate(() => localStorage.getItem('lhs-roadmap.personal'));
  const files = [
    ['not-json.json', 'this is not json', 'il n’est pas au format JSON'],
    ['content.json', JSON.stringify(content), 'ne vient pas de « Ma feuille de route »'],
    ['newer.json', '{"format":"lhs-roadmap-personal","version":9}', 'version plus récente'],
    ['damaged.json', '{"format":"lhs-roadmap-personal","version":1,"notes":[1]}', '« notes »'],
  ];
  for (const [name, text, message] of files) {
    await page.locator('#mine-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = page.getByRole('alert').filter({ hasText: 'Rien n’a été changé.' });
    await expect(alert).toContainText(message);
  }
  expect(await page.evaluate(() => localStorage.getItem('lhs-roadmap.personal'))).toBe(before);
});

test('refused storage is said, the page keeps working and export still works', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await gotoRoute(page, `#/en/step/${step.id}`);
  await keep(page, role.title.en).click();
  const alert = page.getByRole('alert').filter({ hasText: 'refuses to keep' });
  await expect(alert).toBeVisible();
  await expect(kept(page, role.title.en)).toBeVisible();
  // The export is a download from the page itself: opening "My roadmap", another page,
  // would lose what only this page's memory holds.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    alert.getByRole('link', { name: 'Save a copy (a file) so you do not lose them.' }).click(),
  ]);
  const saved = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(saved.bookmarks).toEqual([role.id]);
});

test('blocked storage (reading throws too) gives a message, not a crash', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await gotoRoute(page, `#/fr/step/${step.id}`);
  await details(page).getByLabel('Mes notes sur cette étape').fill('Une note');
  await expect(page.getByRole('alert').filter({ hasText: 'refuse de garder' })).toBeVisible();
  await expect(details(page).getByLabel('Mes notes sur cette étape')).toHaveValue('Une note');
});

test('on return, "Resume where I left off" leads to the last step', async ({ page }) => {
  await gotoRoute(page, `#/en/step/${content.steps[3].id}`);
  await gotoRoute(page, '#/en');
  const resume = page.getByRole('link', { name: `Resume where I left off: ${content.steps[3].title.en}` });
  await expect(resume).toBeVisible();
  await resume.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(content.steps[3].title.en);
});

test('a printout of "My roadmap" holds the kept items and the note', async ({ page }) => {
  await keepAndWrite(page);
  await gotoRoute(page, '#/en/mine');
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('#handout');
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText('My roadmap');
  await expect(handout).toContainText(role.text.en.replace(/\*/g, '').slice(0, 40));
  await expect(handout.locator('.handout__note')).toHaveText(NOTE);
});

for (const lang of ['fr', 'en'] as const) {
  test(`axe finds no violation on a step with notes and on "My roadmap" (${lang})`, async ({ page }) => {
    await keepAndWrite(page);
    await gotoRoute(page, `#/${lang}/step/${step.id}`);
    await expectNoAxeViolations(page);
    await gotoRoute(page, `#/${lang}/mine`);
    await expectNoAxeViolations(page);
  });
}

// A note's whole file is written at once: not on every keystroke, but once typing pauses,
// when the field is left, and when the page goes away.
const stored = (page: Page) =>
  page.evaluate(() => localStorage.getItem('lhs-roadmap.personal') ?? '');

test('a note is saved once typing pauses, not on every keystroke', async ({ page }) => {
  await gotoRoute(page, `#/en/step/${step.id}`);
  const note = details(page).getByLabel('My notes on this step');
  await note.click();
  // Count the writes of the personal roadmap while a sentence is typed.
  await page.evaluate(() => {
    const write = Storage.prototype.setItem;
    (window as unknown as { writes: number }).writes = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'lhs-roadmap.personal') (window as unknown as { writes: number }).writes += 1;
      return write.call(this, key, value);
    };
  });
  await note.pressSequentially('Ask about consent', { delay: 20 });
  const writes = () => page.evaluate(() => (window as unknown as { writes: number }).writes);
  expect(await writes()).toBeLessThanOrEqual(1);
  await expect.poll(async () => JSON.parse((await stored(page)) || '{}').notes?.[step.id]).toBe('Ask about consent');
  expect(await writes()).toBeLessThanOrEqual(2);
});

test('a note typed just before leaving the field or the page is kept', async ({ page }) => {
  await gotoRoute(page, `#/en/step/${step.id}`);
  const note = details(page).getByLabel('My notes on this step');
  await note.fill('Left the field at once');
  await page.keyboard.press('Tab');
  expect(JSON.parse(await stored(page)).notes[step.id]).toBe('Left the field at once');
  await note.fill('Reloaded at once');
  await page.reload();
  await expect(details(page).getByLabel('My notes on this step')).toHaveValue('Reloaded at once');
});
