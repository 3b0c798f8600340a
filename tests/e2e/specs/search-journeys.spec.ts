// Search, as a patient or a family member uses it, on phones of 320, 375 and 414 px and a
// laptop, in both languages (issue 14): the box has the focus on arrival; « défi » finds
// the challenges and never « définir »; "argent" and "money" lead to the texts about pay
// and say so; every result says what it is and where, in its link's name; the count is
// announced once typing pauses; a result opens its step with the title in view and the
// focus on it; nothing scrolls sideways; axe finds nothing.

import {
  allSteps,
  content,
  details,
  exactly,
  expect,
  expectNoAxeViolations,
  gotoRoute,
  type Lang,
  LANGS,
  norm,
  pageTitle,
  type Step,
  test,
  UI,
} from './fixtures';
import type { Page } from '@playwright/test';

/** Phones (the smallest in use, a common one, a large one) and a laptop. */
const VIEWPORTS = [[320, 568], [375, 812], [414, 896], [1280, 800]] as const;

const BOX = { fr: 'Mots à chercher dans la feuille de route', en: 'Words to look for in the roadmap' };
const KIND = {
  challenge: { fr: 'Défi', en: 'Challenge' },
  condition: { fr: 'Condition gagnante', en: 'Winning condition' },
  support: { fr: 'Soutien', en: 'Support' },
};
const CHALLENGE = { fr: 'défi', en: 'challenge' };
const MONEY = { fr: 'argent', en: 'money' };

interface Titled {
  title: Record<Lang, string>;
  text: Record<Lang, string>;
}
const supports = (content as unknown as { supports: (Titled & { id: string })[] }).supports;

/** Where an item is, as its result's link ends: ", à l’étape 3 : Analyser les données". */
function inStep(step: Step, lang: Lang): string {
  if (step.number === 0) {
    return lang === 'fr' ? ', dans le socle, au centre du cycle' : ', in the foundation, at the centre of the cycle';
  }
  return lang === 'fr'
    ? `, à l’étape ${step.number} : ${step.title.fr}`
    : `, in step ${step.number}: ${step.title.en}`;
}

function colon(lang: Lang): string {
  return lang === 'fr' ? ' : ' : ': ';
}

function box(page: Page, lang: Lang) {
  return page.getByRole('searchbox', { name: BOX[lang] });
}

/** The live region's text changes, recorded from now on. */
async function recordStatus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const status = document.querySelector('main [role="status"]');
    const seen: string[] = [];
    (window as unknown as { statusChanges: string[] }).statusChanges = seen;
    new MutationObserver(() => seen.push(status?.textContent ?? '')).observe(status!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

async function statusChanges(page: Page): Promise<string[]> {
  const seen = await page.evaluate(() => (window as unknown as { statusChanges: string[] }).statusChanges);
  return [...new Set(seen.map(norm).filter((text) => text))];
}

/** How far the page scrolls sideways (0 when it does not). */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The id of the element that has the focus. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

for (const [width, height] of VIEWPORTS) {
  test.describe(`search at ${width} × ${height}`, () => {
    test.use({ viewport: { width, height } });

    for (const lang of LANGS) {
      test(`the box has the focus on arrival, and « ${CHALLENGE[lang]} » finds the challenges, each said by name (${lang})`, async ({ page }) => {
        // From the explorer's menu, as a person would (on a phone, behind "Menu").
        await gotoRoute(page, `#/${lang}`);
        const nav = page.getByRole('navigation', { name: UI.mainNav[lang] });
        const menu = nav.getByRole('button', { name: 'Menu' });
        if (await menu.isVisible()) await menu.click();
        await nav.getByRole('link', { name: UI.search[lang], exact: true }).click();
        await expect(pageTitle(page)).toHaveText(UI.search[lang]);
        await expect(box(page, lang)).toBeFocused();

        // Typed at once, letter by letter; the count is announced once, when typing pauses.
        await recordStatus(page);
        await page.keyboard.type(CHALLENGE[lang], { delay: 120 });
        const challenges = allSteps.flatMap((step) => step.challenges.map((item) => ({ step, item })));
        const summary =
          lang === 'fr'
            ? `${challenges.length} résultats pour « défi ».`
            : `${challenges.length} results for “challenge”.`;
        await expect(page.locator('main').getByRole('status')).toHaveText(exactly(summary));
        expect(await statusChanges(page)).toEqual([norm(summary)]);
        await expect(page).toHaveURL(new RegExp(`#/${lang}/search\\?q=${encodeURIComponent(CHALLENGE[lang])}$`));

        // Every result is a challenge, and says so and where it is, in its link's name.
        const links = page.locator('.search__link');
        await expect(links).toHaveCount(challenges.length);
        for (const { step, item } of [challenges[0], challenges[challenges.length - 1]]) {
          const name = `${KIND.challenge[lang]}${colon(lang)}${item.title[lang]}${inStep(step, lang)}`;
          await expect(page.getByRole('link', { name: exactly(name) })).toBeVisible();
        }
        const names = await links.evaluateAll((all) => all.map((link) => link.textContent ?? ''));
        for (const name of names) expect(norm(name)).toMatch(new RegExp(`^${KIND.challenge[lang]}`));
        // Never a piece of a word: nothing marked is « définir » or « défini ».
        const marks = (await page.locator('mark').allTextContents()).map((mark) => mark.toLowerCase());
        expect(marks.length).toBeGreaterThan(0);
        expect(new Set(marks)).toEqual(new Set([CHALLENGE[lang]]));
        expect(await sideways(page)).toBeLessThanOrEqual(0);
      });

      test(`« ${MONEY[lang]} » finds the texts about pay and says which words it looked for (${lang})`, async ({ page }) => {
        await gotoRoute(page, `#/${lang}/search?q=${MONEY[lang]}`);
        await expect(box(page, lang)).toBeFocused();
        await expect(box(page, lang)).toHaveValue(MONEY[lang]);
        const words = lang === 'fr' ? /\b(rémunér\w*|payer)\b/i : /\b(pay|paid)\b/i;
        const items = allSteps.flatMap((step) =>
          (['roles', 'conditions', 'challenges'] as const).flatMap((part) =>
            step[part].filter((item) => words.test(item.title[lang]) || words.test(item.text[lang])),
          ),
        );
        const helping = supports.filter((support) => words.test(support.title[lang]) || words.test(support.text[lang]));
        expect(items.length).toBeGreaterThan(1);
        await expect(page.locator('.search__hit')).toHaveCount(items.length + helping.length);
        for (const item of items) {
          await expect(page.getByRole('link', { name: new RegExp(item.title[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
        }
        const support = page.getByRole('link', { name: exactly(`${KIND.support[lang]}${colon(lang)}${helping[0].title[lang]}`) });
        await expect(support).toHaveAttribute('href', new RegExp(`#/${lang}/supports/${helping[0].id}$`));
        const said =
          lang === 'fr'
            ? /résultats pour «\s+rémunération\s+» ou .*\(les mots de la feuille de route pour «\s+argent\s+»\)\.$/
            : /results for “pay” or “paid” \(the roadmap’s words for “money”\)\.$/;
        await expect(page.locator('.search__status')).toHaveText(said);
        await expect(page.locator('main').getByRole('status')).toHaveText(said);
        expect(await sideways(page)).toBeLessThanOrEqual(0);
        await expectNoAxeViolations(page, `search ${MONEY[lang]} at ${width}`);
      });

      test(`a result opens its step, its title in view with the focus (${lang})`, async ({ page }) => {
        const step = content.steps[4];
        const item = step.challenges[step.challenges.length - 1];
        await gotoRoute(page, `#/${lang}/search?q=${encodeURIComponent(CHALLENGE[lang])}`);
        const name = `${KIND.challenge[lang]}${colon(lang)}${item.title[lang]}${inStep(step, lang)}`;
        await page.getByRole('link', { name: exactly(name) }).click();
        await expect(page).toHaveURL(new RegExp(`#/${lang}/step/${step.id}/challenges$`));
        const title = page.locator('#step-title');
        await expect(title).toHaveText(step.title[lang]);
        await expect.poll(() => focused(page)).toBe('step-title');
        await expect(title).toBeInViewport();
        await expect(details(page).getByRole('heading', { level: 4, name: exactly(item.title[lang]) })).toBeVisible();
      });
    }
  });
}

test.describe('on a phone with a touch screen', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('the keyboard’s Search key closes the keyboard and leaves the results in view', async ({ page }) => {
    await gotoRoute(page, '#/fr/search');
    await expect(box(page, 'fr')).toBeFocused();
    await page.keyboard.type('proche aidant');
    await page.keyboard.press('Enter');
    await expect(box(page, 'fr')).not.toBeFocused();
    await expect(page.locator('.search__link').first()).toBeInViewport();
  });
});

test('moving to Search inside find.html also puts the focus in the box', async ({ page }) => {
  await gotoRoute(page, '#/en/start');
  await expect(pageTitle(page)).toHaveText(UI.start.en);
  await page.evaluate(() => {
    window.location.hash = '#/en/search';
  });
  await expect(pageTitle(page)).toHaveText(UI.search.en);
  await expect(box(page, 'en')).toBeFocused();
  // On a laptop, Enter keeps the focus in the box, and Tab reaches the first result.
  await page.keyboard.type('privacy');
  await page.keyboard.press('Enter');
  await expect(box(page, 'en')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.search__link').first()).toBeFocused();
});

test('a result found only through its kind is marked there, in French', async ({ page }) => {
  await gotoRoute(page, `#/fr/search?q=${encodeURIComponent('défi rémunération')}`);
  const hits = page.locator('.search__hit');
  await expect(hits.first()).toBeVisible();
  for (const kind of await page.locator('.search__kind').allTextContents()) {
    expect(norm(kind)).toBe(KIND.challenge.fr);
  }
  await expect(hits.first().locator('.search__kind mark')).toHaveText('Défi');
});
