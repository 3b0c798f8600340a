// "Where could I start?": plain questions lead to a short, explained list of roles across
// the cycle, each linked to its step; the answers stay on the device, not in the address.

import { allSteps, details, expect, expectNoAxeViolations, gotoRoute, test } from './fixtures';

test('answers give roles with their reasons, linked to their steps, kept on this device', async ({ page }) => {
  await gotoRoute(page, '#/en');
  await page.getByRole('link', { name: 'Where could I start?' }).click();
  await expect(page).toHaveURL(/#\/en\/start$/);
  await expect(page.locator('main').getByRole('status')).toHaveText('Answer a question to see roles.');

  await page.getByLabel('Not yet: it would be my first time').check();
  await page.getByLabel('An hour now and then').check();
  await page.getByLabel('On my own: one to one or in writing').check();
  const results = page.locator('.start__result');
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(6);
  for (let i = 0; i < count; i += 1) {
    const reasons = results.nth(i).locator('.start__reasons li');
    await expect(reasons).toContainText([
      'A good first step: no experience is needed.',
      'Asks for about the time you can give.',
      'Done on your own, as you prefer.',
    ]);
  }
  // Each suggestion is an individual role at the information or consultation level.
  const titles = await results.locator('.start__role').allTextContents();
  for (const title of titles) {
    const role = allSteps.flatMap((step) => step.roles).find((candidate) => candidate.title.en === title)!;
    expect(role.tags).toContain('individual');
    expect(role.tags.some((tag) => tag === 'information' || tag === 'consultation')).toBe(true);
  }
  // Nothing of the answers goes in the address.
  expect(page.url()).toMatch(/#\/en\/start$/);

  // An interest narrows the list and says why.
  await page.getByLabel('Research').check();
  await expect(results.first().locator('.start__reasons')).toContainText('In an area that interests you: Research.');

  // The answers are still there after a reload.
  await page.reload();
  await expect(page.getByLabel('An hour now and then')).toBeChecked();
  await expect(page.getByLabel('Research')).toBeChecked();
  const first = results.first().locator('.start__role');
  const title = await first.textContent();
  await first.click();
  await expect(details(page).getByRole('heading', { level: 4, name: title! })).toBeVisible();

  await page.goBack();
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await expect(page.getByLabel('An hour now and then')).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('lhs-roadmap.start'))).toBeNull();
});

test('the questions work in French too', async ({ page }) => {
  await gotoRoute(page, '#/fr/start');
  await page.getByLabel('Souvent : j’ai l’habitude').check();
  await page.getByLabel('Un engagement régulier, sur plusieurs mois').check();
  await page.getByLabel('En groupe ou en comité').check();
  await expect(page.locator('.start__result').first()).toContainText('Se fait avec d’autres, comme vous le préférez.');
});

for (const lang of ['fr', 'en'] as const) {
  test(`axe finds no violation on "Where could I start?" (${lang})`, async ({ page }) => {
    await gotoRoute(page, `#/${lang}/start`);
    await page.locator('input[type="radio"]').first().check();
    await expectNoAxeViolations(page);
  });
}
