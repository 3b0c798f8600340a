// "Where could I start?" as a person answers it, on phones of 320, 375 and 414 px and a
// laptop, in both languages (issue 14): each answer gives a short status where the person
// is looking ("3 roles suggested"), the only thing a screen reader hears; a button leads
// to the roles; a role opens its step with the title in view and the focus on it; the bar
// never hides what has the focus; nothing scrolls sideways; axe finds nothing.

import {
  allSteps,
  details,
  exactly,
  expect,
  expectNoAxeViolations,
  gotoRoute,
  type Lang,
  LANGS,
  norm,
  test,
} from './fixtures';
import type { Page } from '@playwright/test';

/** Phones (the smallest in use, a common one, a large one) and a laptop. */
const VIEWPORTS = [[320, 568], [375, 812], [414, 896], [1280, 800]] as const;

const FIRST_TIME = { fr: 'Pas encore : ce serait une première', en: 'Not yet: it would be my first time' };
const LITTLE_TIME = { fr: 'Une heure de temps en temps', en: 'An hour now and then' };
const TOGETHER = { fr: 'En groupe ou en comité', en: 'In a group or a committee' };
const SEE = { fr: 'Voir les rôles', en: 'See the roles' };
const RESULTS = { fr: 'Des rôles pour commencer', en: 'Roles to start with' };
const HINT = { fr: 'Répondez à une question pour voir des rôles.', en: 'Answer a question to see roles.' };

function suggested(lang: Lang): RegExp {
  // A no-break space at the end, every other change, makes the same count be said again.
  return lang === 'fr' ? /^(1 rôle suggéré|[2-6] rôles suggérés)\s?$/ : /^(1 role suggested|[2-6] roles suggested)\s?$/;
}

/** How far the page scrolls sideways (0 when it does not). */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The id of the element that has the focus. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** The page's live regions (role=status is one). */
function liveRegions(page: Page) {
  return page.locator('main [aria-live], main [role="status"], main [role="alert"], main [role="log"]');
}

for (const [width, height] of VIEWPORTS) {
  test.describe(`"Where could I start?" at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const lang of LANGS) {
      test(`each answer gives a short status in view, and a way to the roles (${lang})`, async ({ page }) => {
        await gotoRoute(page, `#/${lang}/start`);
        const status = page.locator('main').getByRole('status');
        await expect(liveRegions(page)).toHaveCount(1);
        await expect(status).toHaveText(HINT[lang]);

        await page.getByLabel(FIRST_TIME[lang]).check();
        await expect(status).toHaveText(suggested(lang));
        await expect(status).toBeInViewport();
        const roles = page.locator('.start__result');
        const count = await roles.count();
        expect(norm((await status.textContent()) ?? '')).toMatch(new RegExp(`^${count} `));
        // The roles themselves are in no live region: a tap is a few words, not ninety.
        expect(
          await page.locator('.start__results').evaluate((list) => list.closest('[aria-live], [role="status"]')),
        ).toBeNull();
        await expect(liveRegions(page)).toHaveCount(1);

        // The same count after another answer is said again, still short.
        const before = await status.textContent();
        await page.getByLabel(LITTLE_TIME[lang]).check();
        await expect.poll(() => status.textContent()).not.toBe(before);
        expect(norm((await status.textContent()) ?? '').split(' ').length).toBeLessThanOrEqual(3);
        await page.getByLabel(TOGETHER[lang]).check();
        await expect(status).toBeInViewport();

        await page.getByRole('button', { name: SEE[lang] }).click();
        const heading = page.getByRole('heading', { level: 2, name: RESULTS[lang] });
        await expect(heading).toBeFocused();
        await expect(heading).toBeInViewport();
        await expect(roles.first().getByRole('link')).toBeInViewport();
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `start at ${width} (${lang})`);
      });

      test(`a suggested role opens its step, its title in view with the focus (${lang})`, async ({ page }) => {
        await gotoRoute(page, `#/${lang}/start`);
        await page.getByLabel(FIRST_TIME[lang]).check();
        await page.getByRole('button', { name: SEE[lang] }).click();
        const role = page.locator('.start__role').first();
        const name = norm((await role.textContent()) ?? '');
        const step = allSteps.find((candidate) => candidate.roles.some((item) => item.title[lang] === name))!;
        await role.click();
        await expect(page).toHaveURL(new RegExp(`#/${lang}/step/${step.id}/roles$`));
        const title = page.locator('#step-title');
        await expect(title).toHaveText(step.title[lang]);
        await expect.poll(() => focused(page)).toBe('step-title');
        await expect(title).toBeInViewport();
        await expect(details(page).getByRole('heading', { level: 4, name: exactly(name) })).toBeVisible();
      });
    }
  });
}

for (const [width, height] of [[320, 568], [375, 812]] as const) {
  test(`at ${width} × ${height}, the bar never hides the answer that has the focus`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await gotoRoute(page, '#/en/start');
    await page.getByLabel(FIRST_TIME.en).check();
    const bar = page.locator('.start__tally');
    // Every stop of the form by Tab: a radio group, each interest, the last radio group.
    for (let stop = 0; stop < 8; stop += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const rect = document.activeElement?.getBoundingClientRect();
        return rect ? { top: rect.top, bottom: rect.bottom, inBar: !!document.activeElement?.closest('.start__tally') } : null;
      });
      const barBox = await bar.boundingBox();
      if (!where || where.inBar || !barBox) break;
      expect(where.bottom, `stop ${stop}`).toBeLessThanOrEqual(barBox.y + 1);
      expect(where.top).toBeGreaterThanOrEqual(0);
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('nothing fits: the status says so, and the button leads to what to change', async ({ page }) => {
    await gotoRoute(page, '#/fr/start');
    await page.getByLabel(FIRST_TIME.fr).check();
    await page.getByLabel(LITTLE_TIME.fr).check();
    await page.getByLabel('Gouvernance').check();
    await page.getByLabel('Seul : en tête-à-tête ou par écrit').check();
    await expect(page.locator('main').getByRole('status')).toHaveText(/^Aucun rôle ne correspond à vos réponses\s?$/);
    await page.getByRole('button', { name: 'Voir quoi changer' }).click();
    await expect(page.getByText('Aucun rôle ne correspond à toutes vos réponses.', { exact: false })).toBeInViewport();
  });
});
