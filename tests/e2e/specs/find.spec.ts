// Finding one's place: lenses on the cycle (in the URL, with counts on the diagram and
// the list, matching items marked in the details) and search over the whole roadmap,
// ignoring accents and case, in both languages.

import {
  allSteps,
  content,
  details,
  diagram,
  expect,
  expectNoAxeViolations,
  gotoRoute,
  LANGS,
  nodeName,
  PARTS,
  stepList,
  test,
  UI,
  type Item,
  type Lang,
  type Step,
} from './fixtures';

const LENS_LABEL = {
  who: { fr: 'Pour qui', en: 'For whom' },
  level: { fr: 'À quel point s’impliquer', en: 'How involved' },
  area: { fr: 'Où s’impliquer', en: 'Where to take part' },
};
const LENS_TITLE = { fr: 'Filtrer selon votre situation', en: 'Filter by your situation' };
const CLEAR = { fr: 'Effacer les filtres', en: 'Clear the filters' };
const MATCH = { fr: 'Correspond au filtre', en: 'Matches the filter' };
const SEARCH_BOX = { fr: 'Mots à chercher dans la feuille de route', en: 'Words to look for in the roadmap' };

function items(step: Step): Item[] {
  return PARTS.flatMap((part) => step[part]);
}

function matching(step: Step, ...tags: string[]): Item[] {
  return items(step).filter((item) => tags.every((tag) => item.tags.includes(tag)));
}

function countText(lang: Lang, count: number): string {
  if (count === 0) return lang === 'fr' ? 'aucun élément correspondant' : 'no matching item';
  if (count === 1) return lang === 'fr' ? '1 élément correspondant' : '1 matching item';
  return lang === 'fr' ? `${count} éléments correspondants` : `${count} matching items`;
}

test.describe('lenses', () => {
  for (const lang of LANGS) {
    test(`a lens counts matches on every node and marks them in the details (${lang})`, async ({ page }) => {
      await gotoRoute(page, `#/${lang}`);
      // Folded at first, so the cycle stays in view.
      await expect(page.getByLabel(LENS_LABEL.who[lang], { exact: true })).toBeHidden();
      await page.getByText(LENS_TITLE[lang], { exact: true }).click();
      await page.getByLabel(LENS_LABEL.who[lang], { exact: true }).selectOption('caregiver');
      await expect(page).toHaveURL(new RegExp(`#/${lang}\\?who=caregiver$`));
      for (const step of allSteps) {
        const count = matching(step, 'caregiver').length;
        await expect(
          diagram(page).getByRole('button', { name: `${nodeName(step, lang)}, ${countText(lang, count)}`, exact: true }),
        ).toBeVisible();
      }
      // A second lens narrows the first; the step keeps both when opened.
      await page.getByLabel(LENS_LABEL.level[lang], { exact: true }).selectOption('collaboration');
      const step = content.steps[0];
      const found = matching(step, 'caregiver', 'collaboration');
      await diagram(page)
        .getByRole('button', { name: `${nodeName(step, lang)}, ${countText(lang, found.length)}`, exact: true })
        .click();
      await expect(page).toHaveURL(new RegExp(`#/${lang}/step/${step.id}\\?who=caregiver&level=collaboration$`));
      await expect(details(page).getByText(MATCH[lang], { exact: true })).toHaveCount(found.length);
      for (const item of found) {
        await expect(details(page).locator(`#item-${item.id}`)).toHaveClass(/item--match/);
      }
      const others = items(step).filter((item) => !found.includes(item));
      for (const item of others) {
        await expect(details(page).locator(`#item-${item.id}`)).toHaveClass(/item--other/);
      }
      // Next step keeps the lens.
      await details(page).getByRole('link', { name: new RegExp(lang === 'fr' ? 'Étape suivante' : 'Next step') }).click();
      await expect(page).toHaveURL(/\?who=caregiver&level=collaboration$/);
    });
  }

  test('a lens survives a reload and a shared link, and clears in one action', async ({ page, browser }) => {
    const step = content.steps[2];
    const hash = `#/en/step/${step.id}?area=research`;
    await gotoRoute(page, hash);
    const found = matching(step, 'research');
    expect(found.length).toBeGreaterThan(0);
    await expect(details(page).locator('.item--match')).toHaveCount(found.length);
    await page.reload();
    await expect(page.getByLabel(LENS_LABEL.area.en, { exact: true })).toHaveValue('research');
    await expect(details(page).locator('.item--match')).toHaveCount(found.length);
    // Someone else opens the shared link.
    const other = await browser.newPage();
    await other.goto(`/${hash}`);
    await expect(other.getByLabel(LENS_LABEL.area.en, { exact: true })).toHaveValue('research');
    await expect(other.locator('.step-panel:not([hidden]) .item--match')).toHaveCount(found.length);
    await other.close();
    await page.getByRole('button', { name: CLEAR.en }).click();
    await expect(page.getByText(LENS_TITLE.en, { exact: true })).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`#/en/step/${step.id}$`));
    await expect(details(page).locator('.item--match, .item--other')).toHaveCount(0);
    await expect(page.getByLabel(LENS_LABEL.area.en, { exact: true })).toHaveValue('');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });
    test('the step list shows the count of each step', async ({ page }) => {
      await gotoRoute(page, '#/fr?who=family');
      const list = stepList(page, 'fr');
      for (const step of allSteps) {
        await expect(list.getByText(countText('fr', matching(step, 'family').length), { exact: true }).first()).toBeVisible();
      }
    });
  });

  test('a broken lens in a link still shows the roadmap', async ({ page }) => {
    await gotoRoute(page, '#/en/step/collect-data?who=nobody&level=partnership');
    await expect(page.getByLabel(LENS_LABEL.who.en, { exact: true })).toHaveValue('');
    await expect(page.getByLabel(LENS_LABEL.level.en, { exact: true })).toHaveValue('partnership');
  });

  for (const lang of LANGS) {
    test(`axe finds no violation with lenses on (${lang})`, async ({ page }) => {
      await gotoRoute(page, `#/${lang}/step/collect-data?who=family&scope=collective`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('search', () => {
  async function search(page: import('@playwright/test').Page, lang: Lang, words: string) {
    await gotoRoute(page, `#/${lang}`);
    await page.getByRole('navigation').getByRole('link', { name: UI.search[lang], exact: true }).click();
    const box = page.getByRole('searchbox', { name: SEARCH_BOX[lang] });
    await box.fill(words);
    return box;
  }

  test('unaccented words find accented ones, in French', async ({ page }) => {
    await search(page, 'fr', 'equite');
    const marks = page.locator('mark');
    await expect(marks.first()).toBeVisible();
    const texts = (await marks.allTextContents()).map((text) => text.toLowerCase());
    expect(texts).toContain('équité');
    await expect(page.locator('main').getByRole('status')).toContainText('résultat');
    await expect(page).toHaveURL(/#\/fr\/search\?q=equite$/);
  });

  test('accented words and capitals find plain ones, in English', async ({ page }) => {
    await search(page, 'en', 'PRÍVACY');
    const texts = (await page.locator('mark').allTextContents()).map((text) => text.toLowerCase());
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts)).toEqual(new Set(['privacy']));
  });

  test('results are links grouped by step, reachable by keyboard', async ({ page }) => {
    await search(page, 'en', 'data');
    const groups = page.locator('.search__group');
    await expect(groups.first()).toBeVisible();
    const first = page.locator('.search__link').first();
    await page.keyboard.press('Tab');
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    // The step opens in the explorer, a page of its own (index.html).
    expect(href).toMatch(/^index\.html#\/en\/step\//);
    await page.keyboard.press('Enter');
    await expect(details(page)).toBeVisible();
  });

  test('a glossary result leads to its entry, marked, in the glossary', async ({ page }) => {
    await search(page, 'en', 'experiential knowledge');
    const result = page.locator('.search__link', { hasText: 'Lived experience' }).first();
    await expect(result).toHaveAttribute('href', /^index\.html#\/en\/glossary\/lived-experience$/);
    await result.click();
    const entry = page.locator('.glossary__entry--target');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText('Lived experience (experiential knowledge)');
    await expect(entry).toBeInViewport();
  });

  test('a search is a link that reloads to the same results', async ({ page }) => {
    await gotoRoute(page, '#/fr/search?q=d%C3%A9fi');
    await expect(page.getByRole('searchbox')).toHaveValue('défi');
    const count = await page.locator('.search__hit').count();
    expect(count).toBeGreaterThan(0);
    await page.reload();
    await expect(page.locator('.search__hit')).toHaveCount(count);
  });

  test('nothing found says so', async ({ page }) => {
    await search(page, 'en', 'zzzqqq');
    await expect(page.locator('main').getByRole('status')).toHaveText('No results for “zzzqqq”.');
  });

  for (const lang of LANGS) {
    test(`axe finds no violation on search results (${lang})`, async ({ page }) => {
      await gotoRoute(page, `#/${lang}/search?q=partenariat`);
      await expectNoAxeViolations(page);
    });
  }
});
