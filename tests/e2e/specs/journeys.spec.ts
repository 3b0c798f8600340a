// Patients first (issue 14): the explorer's journeys for a person on a phone or a laptop.
// The first screen, choosing any step at any moment, no sideways scrolling, landing on
// the step chosen, a step quick to scan, definitions that open when asked, Keep that
// confirms, and the diagram in forced colours.

import type { Page } from '@playwright/test';

import {
  allSteps,
  content,
  details,
  diagram,
  expect,
  expectNoAxeViolations,
  gotoRoute,
  LANGS,
  listLink,
  node,
  stepHash,
  test,
  UI,
  type Lang,
  PAGE_TITLE,
} from './fixtures';

const SAY = {
  whereStart: { fr: 'Par où commencer?', en: 'Where could I start?' },
  allSteps: { fr: 'Toutes les étapes', en: 'All steps' },
  inMyRoadmap: { fr: 'Dans ma feuille de route', en: 'In my roadmap' },
  closeDefinition: { fr: 'Fermer la définition', en: 'Close the definition' },
} as const;
const TRAINERS = { fr: 'Pour la formation et les organisations', en: 'For trainers and organizations' };

/** Whether the page scrolls sideways. */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Whether `locator`'s box is wholly inside the window. */
async function inWindow(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0;
  }, selector);
}

/** The id of the focused element. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

test.describe('the first screen', () => {
  for (const lang of LANGS) {
    test(`on a phone (375 × 812), the promise, a way to begin and the steps come first (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await gotoRoute(page, `#/${lang}`);
      const begin = page.getByRole('link', { name: SAY.whereStart[lang], exact: true });
      await expect(begin).toBeInViewport({ ratio: 1 });
      await expect(listLink(page, content.steps[0], lang)).toBeInViewport({ ratio: 1 });
      // The trainers' tools are elsewhere: nothing of theirs before the steps.
      await expect(page.locator('main').getByRole('button', { name: /Print|Imprimer/ })).toHaveCount(0);
    });

    test(`on a laptop (1280 × 800), the whole cycle is on the first screen (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await gotoRoute(page, `#/${lang}`);
      for (const step of allSteps) await expect(node(page, step, lang)).toBeInViewport({ ratio: 0.99 });
      expect(await inWindow(page, 'svg[role="group"]')).toBe(true);
      await expect(page.getByRole('link', { name: SAY.whereStart[lang], exact: true })).toBeInViewport();
    });
  }

  for (const width of [1024, 1280]) {
    test(`the header is one row at ${width} px, in both languages`, async ({ page }) => {
      await page.setViewportSize({ width, height: 768 });
      for (const lang of LANGS) {
        await gotoRoute(page, `#/${lang}`);
        const height = await page.locator('header.header').evaluate((header) => header.getBoundingClientRect().height);
        expect(height, `${lang} header height`).toBeLessThan(80);
      }
    });
  }

  test('the tools for trainers and organizations have a page of their own, linked from the footer', async ({ page }) => {
    await gotoRoute(page, '#/en');
    await page.locator('footer').getByRole('link', { name: TRAINERS.en }).click();
    await expect(page.locator(PAGE_TITLE)).toHaveText(TRAINERS.en);
    await expect(page).toHaveURL(/#\/en\/trainers$/);
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: 'Start the presentation' })).toHaveAttribute('href', 'present.html#/en/present/1');
    await expect(main.getByRole('button', { name: 'Print the roadmap' })).toBeVisible();
    await expect(main.getByRole('link', { name: 'Share or embed' })).toHaveAttribute('href', 'present.html#/en/share');
    await expect(main.getByRole('link', { name: 'Preview your roadmap' })).toHaveAttribute('href', 'present.html#/en/preview');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Français' }).click();
    await expect(page.locator(PAGE_TITLE)).toHaveText(TRAINERS.fr);
  });
});

test.describe('every step at any moment', () => {
  for (const [width, height] of [[1280, 800], [1366, 768]]) {
    test(`at ${width} × ${height}, the whole cycle stays in view while a step is read`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await gotoRoute(page, stepHash(content.steps[2], 'en'));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      for (const step of allSteps) await expect(node(page, step, 'en')).toBeInViewport({ ratio: 0.99 });
      await node(page, content.steps[4], 'en').locator('circle.cycle__disc').click();
      await expect(page.locator('#step-title')).toHaveText(content.steps[4].title.en);
    });
  }

  test('on a phone, the step bar changes step from the bottom of a step', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await gotoRoute(page, stepHash(content.steps[1], 'fr'));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = page.getByRole('navigation', { name: 'Changer d’étape' });
    await expect(bar).toBeInViewport();
    await bar.locator('summary', { hasText: SAY.allSteps.fr }).click();
    const target = content.steps[5];
    await bar.getByRole('link', { name: new RegExp(`^${target.number} ${target.title.fr}$`) }).click();
    await expect(page).toHaveURL(new RegExp(`${stepHash(target, 'fr')}$`));
    await expect.poll(() => focused(page)).toBe('step-title');
    await expect(page.locator('#step-title')).toBeInViewport();
    // Next, from the bar, with its name said in full.
    await bar.getByRole('link', { name: `Étape suivante : ${content.steps[6].title.fr}` }).click();
    await expect(page.locator('#step-title')).toHaveText(content.steps[6].title.fr);
    await expectNoAxeViolations(page);
  });
});

test.describe('no sideways scrolling', () => {
  for (const width of [320, 375, 414]) {
    test(`at ${width} px, with every filter and on every page`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      const lens = 'who=caregiver&scope=collective&area=teaching&level=consultation';
      for (const hash of [
        `#/fr?${lens}`,
        `#/fr/step/foundation?${lens}`,
        `#/en/step/collect-data?${lens}`,
        '#/fr/intro',
        '#/fr/glossary',
        '#/en/sources',
        '#/fr/credits',
        '#/fr/trainers',
      ]) {
        await gotoRoute(page, hash);
        expect(await sideways(page), hash).toBeLessThanOrEqual(0);
      }
    });
  }

  test('a long web address or word in an item wraps on a phone', async ({ page }) => {
    const long = `https://www.example.org/${'partenariat-patients-'.repeat(5)}fin`;
    await page.route('**/content/roadmap.json', async (route) => {
      const roadmap = JSON.parse(JSON.stringify(content));
      roadmap.steps[0].roles[0].text.fr = `Voir [le guide](${long}) ou ${long} et ${'supercalifragilistique'.repeat(4)}.`;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(roadmap) });
    });
    await page.setViewportSize({ width: 320, height: 700 });
    await gotoRoute(page, stepHash(content.steps[0], 'fr'));
    await expect(details(page).getByRole('link', { name: 'le guide' })).toBeVisible();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
  });
});

test.describe('a step change lands on the step', () => {
  test('"Next step" at the bottom of a step: the new title is on screen, with the focus', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoRoute(page, stepHash(content.steps[0], 'en'));
    const next = details(page).getByRole('link', { name: new RegExp(`^${UI.next.en}`) });
    await next.scrollIntoViewIfNeeded();
    await next.click();
    await expect(page.locator('#step-title')).toHaveText(content.steps[1].title.en);
    await expect.poll(() => focused(page)).toBe('step-title');
    await expect(page.locator('#step-title')).toBeInViewport();
  });

  test('a tap in the phone\'s list, then Back', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await gotoRoute(page, '#/fr');
    await listLink(page, content.steps[2], 'fr').click();
    await expect.poll(() => focused(page)).toBe('step-title');
    await expect(page.locator('#step-title')).toBeInViewport({ ratio: 1 });
    await listLink(page, content.steps[3], 'fr').scrollIntoViewIfNeeded();
    await listLink(page, content.steps[3], 'fr').click();
    await expect(page.locator('#step-title')).toHaveText(content.steps[3].title.fr);
    await page.goBack();
    await expect(page.locator('#step-title')).toHaveText(content.steps[2].title.fr);
    await expect.poll(() => focused(page)).toBe('step-title');
    await expect(page.locator('#step-title')).toBeInViewport();
  });

  test('a link from another page (a search result, My roadmap) opens its step with the focus on the title', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/find.html#/en/mine');
    await page.goto(`/index.html${stepHash(content.steps[4], 'en', 'conditions')}`);
    await expect.poll(() => focused(page)).toBe('step-title');
    await expect(page.locator('#step-title')).toBeInViewport();
    await expect(details(page).getByRole('heading', { level: 3, name: UI.parts.conditions.en })).toBeVisible();
  });

  test('with reduced motion, the diagram\'s Enter lands at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gotoRoute(page, '#/en');
    await node(page, content.steps[3], 'en').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page), { timeout: 1000 }).toBe('step-title');
  });
});

test.describe('a step is quick to scan', () => {
  for (const lang of LANGS) {
    test(`one part at a time, one tap apart, each explained (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      const step = content.steps[1];
      await gotoRoute(page, stepHash(step, lang));
      const parts = details(page).locator('section.part');
      await expect(parts.filter({ visible: true })).toHaveCount(1);
      await expect(details(page).getByRole('heading', { level: 3, name: UI.parts.roles[lang] })).toBeVisible();
      await details(page).getByRole('link', { name: new RegExp(`^${UI.parts.challenges[lang]}`) }).click();
      await expect(page).toHaveURL(new RegExp(`${stepHash(step, lang, 'challenges')}$`));
      await expect(details(page).getByRole('heading', { level: 3, name: UI.parts.challenges[lang] })).toBeVisible();
      await expect(details(page).getByRole('heading', { level: 3, name: UI.parts.roles[lang] })).toBeHidden();
      await expect.poll(() => focused(page)).toBe('part-challenges');
      // Chips say what they are: "For:" whom; no bare lens words.
      const card = details(page).locator('li.item').first();
      await expect(card.locator('.tag')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
});

test('a definition opens when asked, over the text, and Escape brings the focus back', async ({ page }) => {
  await gotoRoute(page, stepHash(content.steps[2], 'en'));
  const term = details(page).locator('.step__summary button.term__word').first();
  const summary = details(page).locator('.step__summary');
  const before = await summary.evaluate((element) => element.getBoundingClientRect().height);
  await term.focus();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const sheet = page.locator('.term__sheet:not([hidden])');
  await expect(sheet).toBeVisible();
  await expect(sheet).toBeInViewport({ ratio: 1 });
  expect(await summary.evaluate((element) => element.getBoundingClientRect().height)).toBe(before);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(term).toBeFocused();
  // The close button does the same.
  await term.click();
  await page.getByRole('button', { name: SAY.closeDefinition.en }).click();
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
});

test('Keep says the item is in my roadmap, offers Remove, and leads there', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const step = content.steps[1];
  const role = step.roles[0];
  await gotoRoute(page, stepHash(step, 'fr'));
  await details(page).getByRole('button', { name: `Garder : ${role.title.fr}` }).click();
  const remove = details(page).getByRole('button', { name: `Retirer : ${role.title.fr}` });
  await expect(remove).toBeFocused();
  const card = details(page).locator(`#item-${role.id}`);
  await card.getByRole('link', { name: SAY.inMyRoadmap.fr }).click();
  await expect(page).toHaveURL(/find\.html#\/fr\/mine$/);
  await expect(page.locator('main').getByRole('link', { name: role.title.fr, exact: true })).toBeVisible();
});

test('on a phone, My roadmap is one tap away, beside the menu', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await gotoRoute(page, '#/en');
  const banner = page.getByRole('banner');
  // The menu stays closed: the link is on the header itself.
  await expect(banner.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  const mine = banner.getByRole('link', { name: 'My roadmap' });
  await expect(mine).toBeVisible();
  await expect(mine).toBeInViewport();
  // The header keeps two rows: the other language is on the first.
  await expect(banner.getByRole('link', { name: 'Français' })).toBeInViewport();
  await mine.click();
  await expect(page).toHaveURL(/find\.html#\/en\/mine$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'My roadmap' })).toHaveAttribute('aria-current', 'page');
});

test.describe('forced colours', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every label and the selected step of the cycle and the cards stay visible (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      await gotoRoute(page, stepHash(content.steps[2], 'en'));
      const colours = await diagram(page).evaluate((svg) => {
        const style = (selector: string, property: string) =>
          getComputedStyle(svg.querySelector(selector) as Element).getPropertyValue(property);
        return {
          canvas: getComputedStyle(document.body).backgroundColor,
          text: getComputedStyle(document.body).color,
          label: style('.cycle__node:not(.cycle__node--selected) .cycle__label', 'fill'),
          disc: style('.cycle__node:not(.cycle__node--selected) .cycle__disc', 'stroke'),
          selected: style('.cycle__node--selected .cycle__disc', 'fill'),
          selectedNumber: style('.cycle__node--selected .cycle__number', 'fill'),
        };
      });
      expect(colours.label).toBe(colours.text);
      expect(colours.disc).toBe(colours.text);
      expect(colours.selected).not.toBe(colours.canvas);
      expect(colours.selectedNumber).not.toBe(colours.selected);
      // The cards' side: the part on screen keeps a highlight the others lack, its text
      // readable on it, and the part's icon is drawn in the text colour.
      const parts = await details(page).evaluate((section) => {
        const style = (selector: string) => getComputedStyle(section.querySelector(selector) as Element);
        return {
          current: {
            background: style('.step__part-link[aria-current="true"]').backgroundColor,
            color: style('.step__part-link[aria-current="true"]').color,
            count: style('.step__part-link[aria-current="true"] .step__part-count').color,
          },
          other: style('.step__part-link:not([aria-current])').backgroundColor,
          icon: style('.part__icon').backgroundColor,
          keep: style('.item button').color,
        };
      });
      expect(parts.current.background).toBe(colours.selected);
      expect(parts.current.color).not.toBe(parts.current.background);
      expect(parts.current.count).toBe(parts.current.color);
      expect(parts.other).not.toBe(parts.current.background);
      expect(parts.icon).toBe(colours.text);
      expect(parts.keep).not.toBe(colours.canvas);
    });
  }
});

for (const lang of LANGS satisfies readonly Lang[]) {
  test(`axe finds no violation on the first screen and the step bar (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await gotoRoute(page, stepHash(content.steps[3], lang));
    await page.locator('.step-bar__summary').click();
    await expect(page.locator('.step-bar__list')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
