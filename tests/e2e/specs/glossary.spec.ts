// Glossary terms inside texts explain themselves (a tooltip on focus or click, hidden on
// Escape), and the Glossary page lists every term.

import type { Locator, Page } from '@playwright/test';

import {
  allSteps,
  content,
  details,
  exactly,
  expect,
  gotoRoute,
  LANGS,
  norm,
  pageTitle,
  stepHash,
  test,
  UI,
  type GlossaryEntry,
  type Lang,
  type Step,
} from './fixtures';

/** The forms that mark an entry in a text (its term when it lists none). */
function formsOf(entry: GlossaryEntry, lang: Lang): string[] {
  const listed = entry.forms?.[lang] ?? [];
  return listed.length > 0 ? listed : [entry.term[lang]];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `form` stands as whole words in `text`. */
function hasForm(text: string, form: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** The first step whose texts use a glossary term in `lang`. */
function stepWithTerm(lang: Lang): Step {
  const texts = (step: Step) => [
    step.summary[lang],
    ...step.roles.map((i) => i.text[lang]),
    ...step.conditions.map((i) => i.text[lang]),
    ...step.challenges.map((i) => i.text[lang]),
  ];
  const found = allSteps.find((step) =>
    texts(step).some((text) =>
      content.glossary.some((entry) => formsOf(entry, lang).some((form) => hasForm(text, form))),
    ),
  );
  if (!found) throw new Error(`no step uses a glossary term in ${lang}`);
  return found;
}

/** The glossary entry that a term's words stand for. */
function entryFor(words: string, lang: Lang): GlossaryEntry {
  const entry = content.glossary.find((e) =>
    formsOf(e, lang).some((form) => form.toLocaleLowerCase(lang) === norm(words).toLocaleLowerCase(lang)),
  );
  if (!entry) throw new Error(`"${words}" is no glossary form`);
  return entry;
}

/** The first term of the step's details, its definition, and its glossary entry. */
async function firstTerm(page: Page, lang: Lang) {
  const step = stepWithTerm(lang);
  await gotoRoute(page, stepHash(step, lang));
  // The step shows one part at a time: the first term on screen (summary or roles), else
  // the first in a part opened by its link.
  let button = details(page).locator('button.term__word:visible').first();
  if ((await button.count()) === 0) {
    for (const part of ['conditions', 'challenges'] as const) {
      await gotoRoute(page, stepHash(step, lang, part));
      button = details(page).locator('button.term__word:visible').first();
      if ((await button.count()) > 0) break;
    }
  }
  await expect(button).toBeVisible();
  const words = await button.innerText();
  // The button is found by its role and name too.
  await expect(details(page).getByRole('button', { name: words, exact: true }).first()).toBeVisible();
  const id = await button.getAttribute('aria-controls');
  expect(id, 'the term controls its definition').toBeTruthy();
  const tooltip = page.locator(`[id="${id}"]`);
  return { button, tooltip, entry: entryFor(words, lang) };
}

async function expectOpen(page: Page, button: Locator, tooltip: Locator, entry: GlossaryEntry, lang: Lang) {
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(tooltip).toBeVisible();
  await expect(page.locator('.term__sheet:visible')).toHaveCount(1);
  await expect(tooltip).toContainText(norm(entry.definition[lang]));
  await expect(tooltip).toContainText(norm(entry.term[lang]));
}

async function expectClosed(page: Page, button: Locator, tooltip: Locator) {
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(tooltip).toBeHidden();
  await expect(page.locator('.term__sheet:visible')).toHaveCount(0);
}

for (const lang of LANGS) {
  test.describe(`a term in a text (${lang})`, () => {
    test('opens only when asked: Tab passes it by; Enter opens it, Escape closes it', async ({ page }) => {
      const { button, tooltip, entry } = await firstTerm(page, lang);
      await expectClosed(page, button, tooltip);
      await button.focus();
      // Moving through the text does not open definitions.
      await expectClosed(page, button, tooltip);
      await page.keyboard.press('Enter');
      await expectOpen(page, button, tooltip, entry, lang);
      await page.keyboard.press('Escape');
      await expectClosed(page, button, tooltip);
      await expect(button).toBeFocused();
      // Leaving the term and its definition closes it.
      await page.keyboard.press('Enter');
      await expectOpen(page, button, tooltip, entry, lang);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expectClosed(page, button, tooltip);
    });

    test('shows its definition on click; a second click, Escape or its close button hide it', async ({ page }) => {
      const { button, tooltip, entry } = await firstTerm(page, lang);
      await button.click();
      await expectOpen(page, button, tooltip, entry, lang);
      await button.click();
      await expectClosed(page, button, tooltip);
      await button.click();
      await expectOpen(page, button, tooltip, entry, lang);
      await page.keyboard.press('Escape');
      await expectClosed(page, button, tooltip);
      await button.click();
      await tooltip.getByRole('button').click();
      await expectClosed(page, button, tooltip);
      await expect(button).toBeFocused();
    });
  });
}

for (const lang of LANGS) {
  test(`the Glossary page lists the ${content.glossary.length} terms with their definitions (${lang})`, async ({
    page,
  }) => {
    await gotoRoute(page, `#/${lang}/glossary`);
    await expect(pageTitle(page)).toHaveText(UI.glossary[lang]);
    const terms = page.getByRole('term');
    await expect(terms).toHaveCount(content.glossary.length);
    await expect(terms).toHaveText(content.glossary.map((entry) => exactly(entry.term[lang])));
    const definitions = page.getByRole('definition');
    await expect(definitions).toHaveCount(content.glossary.length);
    for (const [index, entry] of content.glossary.entries()) {
      await expect(definitions.nth(index)).toContainText(norm(entry.definition[lang]));
    }
  });
}
