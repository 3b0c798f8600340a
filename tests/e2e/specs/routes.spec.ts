// Addresses: deep links, back and forward, the language switch, the first language, and
// the pages of the header.

import type { Page } from '@playwright/test';

import {
  allSteps,
  content,
  details,
  detailsHeading,
  diagram,
  exactly,
  expect,
  expectNoAxeViolations,
  expectStepShown,
  gotoRoute,
  LANGS,
  node,
  pageTitle,
  PARTS,
  stepHash,
  test,
  UI,
  type Lang,
} from './fixtures';

const LANG_KEY = 'lhs-roadmap.lang';
const other = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');

function languageNav(page: Page, lang: Lang) {
  return page.getByRole('navigation', { name: UI.language[lang], exact: true });
}

function mainNav(page: Page, lang: Lang) {
  return page.getByRole('navigation', { name: UI.mainNav[lang], exact: true });
}

test.describe('deep links', () => {
  for (const lang of LANGS) {
    test(`each step's address opens that step (${lang})`, async ({ page }) => {
      for (const step of allSteps) {
        await gotoRoute(page, stepHash(step, lang));
        await expectStepShown(page, step, lang);
        await expect(node(page, step, lang)).toHaveAttribute('aria-current', 'step');
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page).toHaveTitle(
          new RegExp(`^${step.title[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `),
        );
      }
    });
  }

  test('a trailing slash is forgiven', async ({ page }) => {
    await gotoRoute(page, '#/fr/');
    await expect(pageTitle(page)).toHaveText(exactly(content.title.fr));
    await gotoRoute(page, `${stepHash(content.steps[0], 'en', 'roles')}/`);
    await expect(detailsHeading(page, content.steps[0], 'en')).toBeVisible();
    await expect(page.locator('#part-roles')).toBeInViewport();
  });

  for (const width of [1280, 375]) {
    test.describe(`at ${width} px`, () => {
      test.use({ viewport: { width, height: 800 } });

      for (const part of PARTS) {
        test(`/${part} opens the step scrolled to that part`, async ({ page }) => {
          const step = content.steps[1];
          await gotoRoute(page, stepHash(step, 'en', part));
          await expectStepShown(page, step, 'en');
          const heading = page.locator(`#part-${part}`);
          await expect(heading).toHaveText(UI.parts[part].en);
          await expect(heading).toBeInViewport();
          // On a phone the page really scrolled (the part is below the fold); on a laptop
          // the part, shown alone, is already in the top of the view, and the page stays.
          if (width < 1280) {
            await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
          }
        });
      }
    });
  }

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('/challenges jumps straight to the part', async ({ page }) => {
      const step = content.steps[5];
      await gotoRoute(page, stepHash(step, 'fr', 'challenges'));
      await expectStepShown(page, step, 'fr');
      await expect(page.locator('#part-challenges')).toBeInViewport();
    });
  });

  test('choosing a part in "In this step" scrolls to it and moves the focus there', async ({
    page,
  }) => {
    const step = content.steps[3];
    await gotoRoute(page, stepHash(step, 'en'));
    await details(page)
      .getByRole('navigation', { name: 'In this step' })
      .getByRole('link', { name: /^Challenges/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`${stepHash(step, 'en', 'challenges')}$`));
    const heading = details(page).getByRole('heading', { level: 3, name: 'Challenges' });
    await expect(heading).toBeInViewport();
    await expect(heading).toBeFocused();
  });

  test('a source address opens the Sources page at that source', async ({ page }) => {
    const source = content.sources[content.sources.length - 1];
    await gotoRoute(page, `#/en/sources/${source.key}`);
    await expect(pageTitle(page)).toHaveText('Sources');
    const entry = page.locator(`#source-${source.key}`);
    await expect(entry).toContainText(source.label.en);
    await expect(entry).toBeInViewport();
    await expect(entry).toHaveClass(/sources__entry--target/);
  });

  test("an item's source link leads to that source", async ({ page }) => {
    const step = content.steps[1];
    const item = step.roles[0];
    const source = content.sources.find((s) => s.key === item.sources[0])!;
    await gotoRoute(page, stepHash(step, 'en'));
    await page
      .locator(`#item-${item.id}`)
      .getByRole('link', { name: exactly(source.label.en) })
      .click();
    await expect(page).toHaveURL(new RegExp(`#/en/sources/${source.key}$`));
    await expect(pageTitle(page)).toHaveText('Sources');
    await expect(page.locator(`#source-${source.key}`)).toBeInViewport();
  });
});

test.describe('back and forward', () => {
  test('restore the previous steps', async ({ page }) => {
    const [a, b, c] = [content.steps[0], content.steps[3], content.foundation];
    await gotoRoute(page, stepHash(a, 'en'));
    await node(page, b, 'en').locator('circle.cycle__disc').click();
    await expectStepShown(page, b, 'en');
    await node(page, c, 'en').locator('circle.cycle__disc').click();
    await expectStepShown(page, c, 'en');

    await page.goBack();
    await expectStepShown(page, b, 'en');
    await expect(node(page, b, 'en')).toHaveAttribute('aria-current', 'step');
    await page.goBack();
    await expectStepShown(page, a, 'en');
    await expect(node(page, a, 'en')).toHaveAttribute('aria-current', 'step');
    await page.goForward();
    await expectStepShown(page, b, 'en');
    await page.goForward();
    await expectStepShown(page, c, 'en');
  });

  test('go back from a step to the cycle with nothing selected', async ({ page }) => {
    await gotoRoute(page, '#/en');
    await node(page, content.steps[4], 'en').locator('circle.cycle__disc').click();
    await expectStepShown(page, content.steps[4], 'en');
    await page.goBack();
    await expect(page).toHaveURL(/#\/en$/);
    await expect(details(page)).toHaveCount(0);
    await expect(diagram(page).locator('[aria-current]')).toHaveCount(0);
  });

  test('across pages and languages', async ({ page }) => {
    const step = content.steps[2];
    await gotoRoute(page, stepHash(step, 'en', 'roles'));
    await languageNav(page, 'en').getByRole('link', { name: UI.autonym.fr }).click();
    await expectStepShown(page, step, 'fr');
    await mainNav(page, 'fr').getByRole('link', { name: UI.glossary.fr }).click();
    await expect(pageTitle(page)).toHaveText(UI.glossary.fr);
    await page.goBack();
    await expectStepShown(page, step, 'fr');
    await page.goBack();
    await expectStepShown(page, step, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goForward();
    await page.goForward();
    await expect(pageTitle(page)).toHaveText(UI.glossary.fr);
  });
});

test.describe('the language switch', () => {
  for (const lang of LANGS) {
    const to = other(lang);
    test(`${lang} → ${to} keeps the step and the section`, async ({ page }) => {
      const step = content.steps[4];
      await gotoRoute(page, stepHash(step, lang, 'conditions'));
      await expectStepShown(page, step, lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const nav = languageNav(page, lang);
      await expect(nav.getByRole('link', { name: UI.autonym[lang] })).toHaveAttribute(
        'aria-current',
        'true',
      );

      await nav.getByRole('link', { name: UI.autonym[to], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${stepHash(step, to, 'conditions')}$`));
      await expectStepShown(page, step, to);
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page.locator('#part-conditions')).toHaveText(UI.parts.conditions[to]);
      // The new language's details are scrolled to the same section.
      await expect(page.locator('#part-conditions')).toBeInViewport();
      await expect(node(page, step, to)).toHaveAttribute('aria-current', 'step');
      const switched = languageNav(page, to);
      await expect(switched).toBeVisible();
      await expect(switched.getByRole('link', { name: UI.autonym[to] })).toHaveAttribute(
        'aria-current',
        'true',
      );
      await expect(switched.getByRole('link', { name: UI.autonym[lang] })).not.toHaveAttribute(
        'aria-current',
        /.*/,
      );
      // The choice is remembered for the next visit.
      expect(await page.evaluate((key) => localStorage.getItem(key), LANG_KEY)).toBe(to);
    });
  }

  test('keeps the page: glossary, sources, credits, intro', async ({ page }) => {
    for (const [slug, ui] of [
      ['intro', UI.intro],
      ['glossary', UI.glossary],
      ['sources', UI.sources],
      ['credits', UI.credits],
    ] as const) {
      await gotoRoute(page, `#/en/${slug}`);
      await expect(pageTitle(page)).toHaveText(ui.en);
      await languageNav(page, 'en').getByRole('link', { name: UI.autonym.fr }).click();
      await expect(page).toHaveURL(new RegExp(`#/fr/${slug}$`));
      await expect(pageTitle(page)).toHaveText(ui.fr);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    }
  });

  test('<html lang> follows the language of the address', async ({ page }) => {
    await gotoRoute(page, '#/fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(pageTitle(page)).toHaveText(exactly(content.title.fr));
    await page.evaluate(() => {
      location.hash = '#/en/glossary';
    });
    await expect(pageTitle(page)).toHaveText(UI.glossary.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('the first language, with no hash', () => {
  async function saveLang(page: Page, lang: Lang) {
    await page.addInitScript(
      ([key, value]) => {
        try {
          window.localStorage.setItem(key, value);
        } catch {
          // about:blank has no storage.
        }
      },
      [LANG_KEY, lang],
    );
  }

  async function expectHome(page: Page, lang: Lang) {
    await expect(page).toHaveURL(new RegExp(`/#/${lang}$`));
    await expect(pageTitle(page)).toHaveText(exactly(content.title[lang]));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(languageNav(page, lang)).toBeVisible();
  }

  test.describe('browser in fr-CA', () => {
    test.use({ locale: 'fr-CA' });

    test('gives French', async ({ page }) => {
      await gotoRoute(page, '');
      await expectHome(page, 'fr');
    });

    test('a saved preference for English wins over the browser', async ({ page }) => {
      await saveLang(page, 'en');
      await gotoRoute(page, '');
      await expectHome(page, 'en');
    });

    test('the language of the address wins over both', async ({ page }) => {
      await saveLang(page, 'fr');
      await gotoRoute(page, '#/en/step/collect-data');
      await expectStepShown(page, content.steps[1], 'en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });

  test.describe('browser in de-DE', () => {
    test.use({ locale: 'de-DE' });

    test('gives English', async ({ page }) => {
      await gotoRoute(page, '');
      await expectHome(page, 'en');
    });

    test('a saved preference for French wins over the browser', async ({ page }) => {
      await saveLang(page, 'fr');
      await gotoRoute(page, '');
      await expectHome(page, 'fr');
    });

    test('an unreadable saved preference is ignored', async ({ page }) => {
      await page.addInitScript((key) => {
        try {
          window.localStorage.setItem(key, 'xx');
        } catch {
          // about:blank has no storage.
        }
      }, LANG_KEY);
      await gotoRoute(page, '');
      await expectHome(page, 'en');
    });
  });

  test('the switch saves the choice for the next visit', async ({ page }) => {
    await gotoRoute(page, '#/en');
    await languageNav(page, 'en').getByRole('link', { name: UI.autonym.fr }).click();
    await expect(page).toHaveURL(/#\/fr$/);
    await gotoRoute(page, '');
    await expectHome(page, 'fr');
  });
});

test.describe('the header and footer links', () => {
  for (const lang of LANGS) {
    test(`reach the Glossary from the header, the Introduction, Sources and Credits from the footer, and the steps (${lang})`, async ({
      page,
    }) => {
      await gotoRoute(page, `#/${lang}/step/collect-data`);
      const nav = mainNav(page, lang);
      const footer = page.locator('footer');
      for (const [slug, ui, place] of [
        ['glossary', UI.glossary, nav],
        ['intro', UI.intro, footer],
        ['sources', UI.sources, footer],
        ['credits', UI.credits, footer],
      ] as const) {
        const link = place.getByRole('link', { name: ui[lang], exact: true });
        await link.click();
        await expect(page).toHaveURL(new RegExp(`#/${lang}/${slug}$`));
        await expect(pageTitle(page)).toHaveText(ui[lang]);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui[lang]);
        if (place === nav) {
          await expect(link).toHaveAttribute('aria-current', 'page');
          await expect(nav.locator('[aria-current]')).toHaveCount(1);
        } else {
          await expect(nav.locator('[aria-current]')).toHaveCount(0);
        }
        // A new screen takes the focus to its heading, as a page load would.
        await expect(pageTitle(page)).toBeFocused();
        await expect(page).toHaveTitle(new RegExp(`^${ui[lang]} · `));
      }
      await nav.getByRole('link', { name: UI.home[lang], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`#/${lang}$`));
      await expect(pageTitle(page)).toHaveText(exactly(content.title[lang]));
      await expect(pageTitle(page)).toBeFocused();
    });
  }
});

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the menu folds behind a button, so the page starts on screen', async ({ page }) => {
    await gotoRoute(page, '#/fr');
    const nav = page.getByRole('navigation', { name: UI.mainNav.fr });
    const menu = nav.getByRole('button', { name: 'Menu' });
    const glossary = nav.getByRole('link', { name: UI.glossary.fr, exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(glossary).toBeHidden();
    // The title is in the first screen, not pushed down by eight links.
    const title = await pageTitle(page).boundingBox();
    expect(title?.y ?? 999).toBeLessThan(200);

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(glossary).toBeVisible();
    await expectNoAxeViolations(page, 'phone menu open');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: UI.home.fr, exact: true })).toBeFocused();
    await glossary.click();
    await expect(pageTitle(page)).toHaveText(UI.glossary.fr);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });
});

test('on a wide screen the links show, with no menu button', async ({ page }) => {
  await gotoRoute(page, '#/en');
  const nav = page.getByRole('navigation', { name: UI.mainNav.en });
  await expect(nav.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(nav.getByRole('link', { name: UI.glossary.en, exact: true })).toBeVisible();
});
