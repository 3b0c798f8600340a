// Printing: whatever page is on screen (explorer home, a step, the glossary, the
// presenter), print media shows only a handout of the whole roadmap in the current
// language (intro, the cycle in black and white, every step on a new page with its
// parts and discussion questions, glossary, sources with their addresses written out);
// "Print this step" prints one step, "Print the roadmap" everything; page.pdf() works.

import type { Page } from '@playwright/test';

import {
  allSteps,
  content,
  details,
  exactly,
  expect,
  gotoPresent,
  gotoRoute,
  LANGS,
  pageTitle,
  PARTS,
  questionsOf,
  SAY,
  stepHash,
  test,
  UI,
  type Lang,
  type Step,
} from './fixtures';

interface Source {
  key: string;
  label: Record<Lang, string>;
  url?: string;
}
const SOURCES = content.sources as unknown as Source[];
const INTRO = content.introduction as { heading: Record<Lang, string> }[];

function handout(page: Page) {
  return page.locator('#handout > article.handout');
}

/** Replaces the browser's print dialog by a counter (window.printed). */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => {
      const w = window as unknown as { printed?: number };
      w.printed = (w.printed ?? 0) + 1;
    };
  });
}

function printed(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0);
}

/** Asserts print media shows the handout alone: no app, no button, no navigation. */
async function expectOnlyHandoutVisible(page: Page): Promise<void> {
  await expect(page.locator('#handout')).toBeVisible();
  await expect(page.locator('#app')).toBeHidden();
  await expect(page.locator('button:visible, [role="button"]:visible')).toHaveCount(0);
  await expect(page.locator('nav:visible')).toHaveCount(0);
  await expect(page.locator('header:visible')).toHaveCount(1);
  await expect(page.locator('header:visible')).toHaveClass(/handout__head/);
  await expect(page.locator('h1:visible')).toHaveCount(1);
  await expect(page.locator('#handout figure.handout__figure svg[role="img"]')).toBeVisible();
  // Every step starts a new sheet.
  const breaks = await page
    .locator('#handout .handout__step')
    .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks.length).toBeGreaterThan(0);
  expect(breaks.every((value) => value === 'page'), `break-before: ${breaks}`).toBe(true);
}

/** Asserts a step's section of the handout: place, title, the three parts, the questions. */
async function expectStepSection(page: Page, position: number, step: Step, lang: Lang) {
  const section = handout(page).locator('section.handout__step').nth(position);
  await expect(section.locator('h2')).toHaveText(exactly(step.title[lang]));
  await expect(section.locator('.handout__summary')).toHaveText(exactly(step.summary[lang]));
  await expect(section.locator('h3')).toHaveText([
    ...PARTS.map((part) => exactly(UI.parts[part][lang])),
    exactly(SAY.questions[lang]),
  ]);
  for (const [i, part] of PARTS.entries()) {
    const list = section.locator('h3').nth(i).locator('xpath=following-sibling::ul[1]');
    await expect(list.locator('xpath=./li/strong')).toHaveText(
      step[part].map((item) => exactly(item.title[lang])),
    );
  }
  await expect(section.locator('ol.handout__questions > li')).toHaveText(
    questionsOf(step).map((question) => exactly(question[lang])),
  );
}

/** Asserts the handout of the whole roadmap in `lang`. */
async function expectWholeHandout(page: Page, lang: Lang): Promise<void> {
  const article = handout(page);
  await expect(article).toHaveCount(1);
  await expect(article).toHaveAttribute('lang', lang);
  await expect(article.locator('header h1')).toHaveText(exactly(content.title[lang]));

  const intro = article.locator('section.handout__intro');
  await expect(intro.locator('h2')).toHaveText(exactly(UI.intro[lang]));
  await expect(intro.locator('h3')).toHaveText(INTRO.map((section) => exactly(section.heading[lang])));

  // (Built on screen too, by the print buttons, but shown only in print media.)
  const figure = article.locator('figure.handout__figure svg[role="img"]');
  await expect(figure).toBeAttached();
  await expect(figure.locator('.cycle__node')).toHaveCount(allSteps.length);

  await expect(article.locator('section.handout__step > h2')).toHaveText(
    allSteps.map((step) => exactly(step.title[lang])),
  );
  for (const [position, step] of allSteps.entries()) {
    await expectStepSection(page, position, step, lang);
  }

  const glossary = article.locator('section.handout__glossary');
  await expect(glossary.locator('h2')).toHaveText(exactly(UI.glossary[lang]));
  await expect(glossary.locator('dl > dt')).toHaveText(
    content.glossary.map((entry) => exactly(entry.term[lang])),
  );
  await expect(glossary.locator('dl > dd')).toHaveCount(content.glossary.length);

  await expectSources(page, SOURCES, lang);
}

/** Asserts the handout's sources are exactly `sources`, each address written out. */
async function expectSources(page: Page, sources: Source[], lang: Lang): Promise<void> {
  const section = handout(page).locator('section.handout__sources');
  await expect(section.locator('h2')).toHaveText(exactly(UI.sources[lang]));
  await expect(section.locator('ol > li > strong')).toHaveText(
    sources.map((source) => exactly(source.label[lang])),
  );
  const entries = section.locator('ol > li');
  for (const [i, source] of sources.entries()) {
    if (source.url) {
      await expect(entries.nth(i).locator('span.handout__url')).toHaveText(exactly(source.url));
    } else {
      await expect(entries.nth(i).locator('span.handout__url')).toHaveCount(0);
    }
  }
}

/** The sources a step's items cite, in the content's order. */
function citedBy(step: Step): Source[] {
  const keys = new Set(PARTS.flatMap((part) => step[part].flatMap((item) => item.sources)));
  return SOURCES.filter((source) => keys.has(source.key));
}

async function printMedia(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#handout')).toBeVisible();
}

const PAGES: [string, string][] = [
  ['the explorer home', ''],
  ['a step page', '/step/analyze-data/conditions'],
  ['the glossary page', '/glossary'],
];

for (const lang of LANGS) {
  for (const [label, path] of PAGES) {
    test(`printing ${label} gives the whole handout and nothing else (${lang})`, async ({
      page,
    }) => {
      await gotoRoute(page, `#/${lang}${path}`);
      await expect(page.locator('#handout')).toBeHidden();
      await printMedia(page);
      await expectWholeHandout(page, lang);
      await expectOnlyHandoutVisible(page);

      // Back on screen: the app again, the handout hidden.
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('#handout')).toBeHidden();
      await expect(pageTitle(page)).toBeVisible();
    });
  }
}

test('the handout speaks the language on screen, also after a switch', async ({ page }) => {
  await gotoRoute(page, '#/fr/step/collect-data');
  await printMedia(page);
  await expect(handout(page)).toHaveAttribute('lang', 'fr');
  await expect(handout(page).locator('section.handout__step > h2').first()).toHaveText(
    exactly(allSteps[0].title.fr),
  );
  await expect(handout(page).locator('section.handout__intro > h2')).toHaveText(UI.intro.fr);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('link', { name: UI.autonym.en, exact: true }).click();
  await expect(page).toHaveURL(/#\/en\/step\/collect-data$/);
  await expect(pageTitle(page)).toBeVisible();
  await printMedia(page);
  await expectWholeHandout(page, 'en');
  // One handout, rebuilt: no French left over.
  await expect(page.locator('#handout > article')).toHaveCount(1);
  await expect(page.locator('#handout')).not.toContainText(allSteps[1].title.fr);
});

for (const lang of LANGS) {
  test(`"${SAY.printStep[lang]}" prints only that step (${lang})`, async ({ page }) => {
    const index = allSteps.findIndex((step) => step.id === 'collect-data');
    const step = allSteps[index];
    await gotoRoute(page, stepHash(step, lang));
    await stubPrint(page);
    await details(page).getByRole('button', { name: SAY.printStep[lang], exact: true }).click();
    await expect.poll(() => printed(page)).toBe(1);

    const article = handout(page);
    await expect(article).toHaveAttribute('lang', lang);
    await expect(article.locator('header h1')).toHaveText(exactly(content.title[lang]));
    await expect(article.locator('section.handout__step')).toHaveCount(1);
    await expectStepSection(page, 0, step, lang);
    await expect(article.locator('section.handout__intro')).toHaveCount(0);
    await expect(article.locator('section.handout__glossary')).toHaveCount(0);
    const cited = citedBy(step);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.length).toBeLessThan(SOURCES.length);
    await expectSources(page, cited, lang);
    // The cycle, with that step highlighted.
    const selected = article.locator('figure.handout__figure .cycle__node--selected');
    await expect(selected).toHaveCount(1);
    await expect(article.locator('figure.handout__figure .cycle__node').nth(index)).toHaveClass(
      /cycle__node--selected/,
    );

    await printMedia(page);
    await expectOnlyHandoutVisible(page);
    await expect(article.locator('section.handout__step')).toHaveCount(1);
    await expect(article.locator('section.handout__step > h2')).toHaveText(exactly(step.title[lang]));
  });
}

test('"Print this step" works for every step', async ({ page }) => {
  await gotoRoute(page, '#/en');
  await stubPrint(page);
  for (const [i, step] of allSteps.entries()) {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, stepHash(step, 'en'));
    await expect(details(page).getByRole('heading', { level: 2, name: exactly(step.title.en) })).toBeVisible();
    await details(page).getByRole('button', { name: SAY.printStep.en, exact: true }).click();
    await expect.poll(() => printed(page)).toBe(i + 1);
    await expect(handout(page).locator('section.handout__step')).toHaveCount(1);
    await expectStepSection(page, 0, step, 'en');
    await expectSources(page, citedBy(step), 'en');
  }
});

test('"Print the roadmap" prints everything, also after printing one step', async ({ page }) => {
  await gotoRoute(page, '#/en/step/implement-change');
  await stubPrint(page);
  await details(page).getByRole('button', { name: SAY.printStep.en, exact: true }).click();
  await expect.poll(() => printed(page)).toBe(1);
  await expect(handout(page).locator('section.handout__step')).toHaveCount(1);

  // From the page for trainers and organizations, in the same document.
  await page.locator('footer').getByRole('link', { name: 'For trainers and organizations' }).click();
  await page.locator('main').getByRole('button', { name: SAY.printRoadmap.en, exact: true }).click();
  await expect.poll(() => printed(page)).toBe(2);
  await expectWholeHandout(page, 'en');
  await expect(handout(page).locator('figure.handout__figure .cycle__node--selected')).toHaveCount(0);
  await printMedia(page);
  await expectOnlyHandoutVisible(page);
  await expectWholeHandout(page, 'en');
});

test('"Print the roadmap" from the page for trainers, in French', async ({ page }) => {
  await gotoRoute(page, '#/fr/trainers');
  await stubPrint(page);
  await page.locator('main').getByRole('button', { name: SAY.printRoadmap.fr, exact: true }).click();
  await expect.poll(() => printed(page)).toBe(1);
  await expectWholeHandout(page, 'fr');
  await printMedia(page);
  await expectOnlyHandoutVisible(page);
});

for (const lang of LANGS) {
  test(`printing from the presenter gives the whole handout (${lang})`, async ({ page }) => {
    await gotoPresent(page, `#/${lang}/present/10`);
    await printMedia(page);
    await expectWholeHandout(page, lang);
    await expectOnlyHandoutVisible(page);
    await expect(page.locator('.presenter')).toBeHidden();
    await expect(page.locator('h1#slide-title')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('h1#slide-title')).toBeVisible();
    await expect(page.locator('#handout')).toBeHidden();
  });
}

test('printing from the speaker view gives the whole handout', async ({ page }) => {
  await gotoPresent(page, '#/fr/speaker/6');
  await printMedia(page);
  await expectWholeHandout(page, 'fr');
  await expectOnlyHandoutVisible(page);
  await expect(page.locator('.speaker')).toBeHidden();
});

/** Asserts the handout's diagram is painted in black and white only. */
async function expectBlackAndWhite(page: Page): Promise<void> {
  const svg = page.locator('#handout figure.handout__figure svg');
  await expect(svg).toBeVisible();
  for (const name of ['cycle__disc', 'cycle__label', 'cycle__arrow']) {
    expect(await svg.locator(`.${name}`).count(), `.${name} in the handout`).toBeGreaterThan(0);
  }
  const BLACK_OR_WHITE = ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'];
  const paints = await svg.locator('.cycle__disc, .cycle__label, .cycle__arrow').evaluateAll((els) =>
    els.map((el) => {
      const style = getComputedStyle(el);
      return { what: el.getAttribute('class'), fill: style.fill, stroke: style.stroke };
    }),
  );
  for (const paint of paints) {
    // Arrows are lines (no fill); labels are type (no outline).
    if (paint.what?.includes('cycle__arrow')) {
      expect(paint.fill, `fill of ${paint.what}`).toBe('none');
      expect(BLACK_OR_WHITE, `stroke of ${paint.what}`).toContain(paint.stroke);
    } else if (paint.what?.includes('cycle__label')) {
      expect(BLACK_OR_WHITE, `fill of ${paint.what}`).toContain(paint.fill);
    } else {
      expect(BLACK_OR_WHITE, `fill of ${paint.what}`).toContain(paint.fill);
      expect(BLACK_OR_WHITE, `stroke of ${paint.what}`).toContain(paint.stroke);
    }
  }
  // Nothing in the drawing is painted in any other colour.
  const others = await svg.locator('*').evaluateAll((els) =>
    els
      .map((el) => {
        const style = getComputedStyle(el);
        return `${el.tagName}.${el.getAttribute('class')} fill=${style.fill} stroke=${style.stroke}`;
      })
      .filter((entry) => /rgb\((?!0, 0, 0\)|255, 255, 255\))/.test(entry)),
  );
  expect(others).toEqual([]);
}

test('the diagram prints in black and white, with a printed step filled in black', async ({
  page,
}) => {
  await gotoRoute(page, '#/en/step/analyze-data');
  await printMedia(page);
  await expectBlackAndWhite(page);

  // One step's handout highlights it: a black disc among white ones.
  await page.emulateMedia({ media: 'screen' });
  await stubPrint(page);
  await details(page).getByRole('button', { name: SAY.printStep.en, exact: true }).click();
  await expect.poll(() => printed(page)).toBe(1);
  await printMedia(page);
  await expectBlackAndWhite(page);
  const selected = page.locator('#handout .cycle__node--selected .cycle__disc');
  await expect(selected).toHaveCount(1);
  expect(await selected.evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(0, 0, 0)');
  const label = page.locator('#handout .cycle__node--selected .cycle__label');
  await expect(label).toHaveCount(1);
});

test('page.pdf() makes a PDF of the handout', async ({ page }) => {
  await gotoRoute(page, '#/en');
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  // Making it printed the handout (print media), not the screen.
  await expect(handout(page).locator('section.handout__step')).toHaveCount(allSteps.length);
  await expect(page.locator('#handout')).toBeHidden();
});
