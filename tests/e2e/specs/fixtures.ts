// Shared fixtures and helpers of the end-to-end suite.
//
// * Every test fails on an uncaught page error or a console message of type "error"
//   (checked after the test, so the test's own failure, if any, is reported first).
// * The content is read from content/roadmap.json on disk, so the tests assert the
//   real titles and counts instead of copies of them.
// * `gotoRoute` loads a hash route and waits until the app has rendered it.
// * `expectNoAxeViolations` runs axe (WCAG 2.0/2.1/2.2 A and AA) and prints what it found.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

// ---------------------------------------------------------------------------
// Content
// ---------------------------------------------------------------------------

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];
export type Bilingual = Record<Lang, string>;
export type PartSlug = 'roles' | 'conditions' | 'challenges';
export const PARTS: readonly PartSlug[] = ['roles', 'conditions', 'challenges'];

export interface Item {
  id: string;
  title: Bilingual;
  text: Bilingual;
  tags: string[];
  sources: string[];
}

export interface Step {
  id: string;
  number: number;
  title: Bilingual;
  summary: Bilingual;
  roles: Item[];
  conditions: Item[];
  challenges: Item[];
}

export interface GlossaryEntry {
  id: string;
  term: Bilingual;
  definition: Bilingual;
  forms?: Record<Lang, string[]>;
  sources?: string[];
}

export interface Roadmap {
  title: Bilingual;
  foundation: Step;
  steps: Step[];
  glossary: GlossaryEntry[];
  sources: { key: string; label: Bilingual }[];
  [key: string]: unknown;
}

export const CONTENT_PATH = fileURLToPath(
  new URL('../../../content/roadmap.json', import.meta.url),
);

/** The raw text of the content file, as the server sends it. */
export const contentText: string = readFileSync(CONTENT_PATH, 'utf8');

/** A fresh parsed copy of the content (tests may modify it). */
export function loadContent(): Roadmap {
  return JSON.parse(contentText) as Roadmap;
}

export const content: Roadmap = loadContent();

/** The foundation then steps 1..n: the order of the keyboard and of previous/next. */
export const allSteps: Step[] = [content.foundation, ...content.steps];

/** Collapses runs of white space (including no-break spaces) the way accessible names do. */
export function norm(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A regular expression that matches `text` exactly, whatever its white space. */
export function exactly(text: string): RegExp {
  const escaped = norm(text)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '[\\s\\u00a0\\u202f]+');
  return new RegExp(`^\\s*${escaped}\\s*$`);
}

/** The accessible name of a step's node in the diagram. */
export function nodeName(step: Step, lang: Lang): string {
  const total = content.steps.length;
  const title = step.title[lang];
  if (step.number === 0) {
    return lang === 'fr' ? `${title} (au centre du cycle)` : `${title} (centre of the cycle)`;
  }
  return lang === 'fr'
    ? `Étape ${step.number} sur ${total} : ${title}`
    : `Step ${step.number} of ${total}: ${title}`;
}

/** Interface strings the tests look for (see src/i18n.rs). */
export const UI = {
  stepList: { fr: 'Étapes du cycle', en: 'Steps of the cycle' },
  language: { fr: 'Langue', en: 'Language' },
  mainNav: { fr: 'Navigation principale', en: 'Main navigation' },
  home: { fr: 'Étapes', en: 'Steps' },
  parts: {
    roles: { fr: 'Rôles', en: 'Roles' },
    conditions: { fr: 'Conditions gagnantes', en: 'Winning conditions' },
    challenges: { fr: 'Défis', en: 'Challenges' },
  } as Record<PartSlug, Bilingual>,
  previous: { fr: 'Étape précédente', en: 'Previous step' },
  next: { fr: 'Étape suivante', en: 'Next step' },
  notFound: { fr: 'Page introuvable', en: 'Page not found' },
  backHome: { fr: 'Retour aux étapes', en: 'Back to the steps' },
  contentError: {
    fr: 'Le contenu de la feuille de route n’a pas pu être affiché',
    en: 'The roadmap content could not be shown',
  },
  retry: { fr: 'Réessayer', en: 'Try again' },
  intro: { fr: 'Introduction', en: 'Introduction' },
  glossary: { fr: 'Glossaire', en: 'Glossary' },
  sources: { fr: 'Sources', en: 'Sources' },
  credits: { fr: 'Crédits', en: 'Credits' },
  // The pages of find.html.
  search: { fr: 'Rechercher', en: 'Search' },
  mine: { fr: 'Ma feuille de route', en: 'My roadmap' },
  start: { fr: 'Par où commencer?', en: 'Where could I start?' },
  areas: { fr: 'Où s’impliquer', en: 'Where to take part' },
  continuum: { fr: 'Niveaux d’implication', en: 'Levels of involvement' },
  supports: { fr: 'Ce qui aide à s’impliquer', en: 'What helps people take part' },
  autonym: { fr: 'Français', en: 'English' },
} as const;

// ---------------------------------------------------------------------------
// Navigation
// ---------------------------------------------------------------------------

/**
 * The heading every screen of the app has (the explorer, the pages, the error panel),
 * once the app runs: index.html shows a prerendered one before (see first-view.spec.ts),
 * whose buttons do nothing until the app takes it over (`data-first="live"`).
 */
export const PAGE_TITLE = ':is(html:not([data-first]), html[data-first="live"]) h1#page-title';

export function pageTitle(page: Page): Locator {
  return page.locator(PAGE_TITLE);
}

/**
 * Loads the app at `hash` (e.g. '#/en/step/collect-data', or '' for no hash) in a
 * fresh document and waits until the app has rendered a screen.
 */
export async function gotoRoute(page: Page, hash: string): Promise<void> {
  // A hash-only change of URL would be a same-document navigation; start from a blank
  // document so that every call really loads the app.
  if (page.url() !== 'about:blank') {
    await page.goto('about:blank');
  }
  await page.goto(`/${hash}`);
  await expect(pageTitle(page)).toBeVisible();
}

/** The details of the selected step. */
export function details(page: Page): Locator {
  return page.locator('.step-panel:not([hidden]) section.step');
}

/** The title of the selected step, as a heading in the details. */
export function detailsHeading(page: Page, step: Step, lang: Lang): Locator {
  return details(page).getByRole('heading', { level: 2, name: exactly(step.title[lang]) });
}

/** The cycle diagram (shown at 48em and wider). */
export function diagram(page: Page): Locator {
  return page.locator('svg[role="group"]');
}

/** The diagram node of a step, by role and accessible name. */
export function node(page: Page, step: Step, lang: Lang): Locator {
  return diagram(page).getByRole('button', { name: nodeName(step, lang), exact: true });
}

/** The list of steps (shown below 48em). */
export function stepList(page: Page, lang: Lang): Locator {
  return page.getByRole('navigation', { name: UI.stepList[lang], exact: true });
}

/** The hash of a step's page. */
export function stepHash(step: Step, lang: Lang, part?: PartSlug): string {
  return `#/${lang}/step/${step.id}${part ? `/${part}` : ''}`;
}

/** Asserts the details show `step` and the diagram marks it as the current step. */
export async function expectStepShown(page: Page, step: Step, lang: Lang): Promise<void> {
  await expect(detailsHeading(page, step, lang)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/${lang}/step/${step.id}(/[a-z]+)?$`));
}

// ---------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is and fails with a readable list of what it found. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((n) => {
          const summary = (n.failureSummary ?? '').replace(/\n/g, '\n        ');
          return `    - ${n.target.join(' ')}\n        ${n.html}\n        ${summary}`;
        })
        .join('\n');
      return `  ${violation.id} [${violation.impact}] ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
  expect(
    results.violations.length,
    `axe found ${results.violations.length} violation(s) on ${label}:\n${report}`,
  ).toBe(0);
}

// ---------------------------------------------------------------------------
// The error guard
// ---------------------------------------------------------------------------

/** Console messages that are never a failure. */
const HARMLESS: RegExp[] = [
  /The `integrity` attribute is currently ignored for preload destinations/,
];

export interface ErrorGuard {
  /**
   * Allows, in this test only, up to `times` console errors that match `pattern`
   * (for instance a 404 that Chromium itself logs for a failed resource).
   */
  allowConsoleError(pattern: RegExp, times?: number): void;
  /** The errors seen so far (page errors and console errors, not yet filtered). */
  readonly seen: readonly string[];
}

export const test = base.extend<{ errorGuard: ErrorGuard }>({
  errorGuard: [
    async ({ page }, use) => {
      const seen: string[] = [];
      const allowances: { pattern: RegExp; left: number }[] = [];
      page.on('pageerror', (error) => {
        seen.push(`pageerror: ${error.message}`);
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (HARMLESS.some((pattern) => pattern.test(text))) return;
        const where = message.location();
        seen.push(`console.error: ${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
      });
      await use({
        allowConsoleError(pattern: RegExp, times = 1) {
          allowances.push({ pattern, left: times });
        },
        get seen() {
          return seen;
        },
      });
      const unexpected = seen.filter((entry) => {
        if (!entry.startsWith('console.error: ')) return true;
        const allowance = allowances.find((a) => a.left > 0 && a.pattern.test(entry));
        if (!allowance) return true;
        allowance.left -= 1;
        return false;
      });
      expect(unexpected, 'page errors or console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

// ---------------------------------------------------------------------------
// More content-derived names
// ---------------------------------------------------------------------------

/** A title without its leading label ("Foundation: learning community" gives "Learning community"). */
export function withoutLabel(title: string): string {
  const colon = title.indexOf(':');
  const rest = (colon >= 0 ? title.slice(colon + 1) : title).trim();
  return rest ? rest.charAt(0).toUpperCase() + rest.slice(1) : title;
}

export const FOUNDATION_LABEL: Bilingual = { fr: 'Socle', en: 'Foundation' };

/** The accessible name of a step's link in the step list (badge, then title). */
export function listLinkName(step: Step, lang: Lang): RegExp {
  return step.number === 0
    ? exactly(`${FOUNDATION_LABEL[lang]} ${withoutLabel(step.title[lang])}`)
    : exactly(`${step.number} ${step.title[lang]}`);
}

/** The link of a step in the step list. */
export function listLink(page: Page, step: Step, lang: Lang): Locator {
  return stepList(page, lang).getByRole('link', { name: listLinkName(step, lang) });
}

// ---------------------------------------------------------------------------
// Workshop mode: the presenter and speaker views (present.html), and printing
// ---------------------------------------------------------------------------

/** A step's discussion questions (content/roadmap.json gives each step a `questions` list). */
export function questionsOf(step: Step): Bilingual[] {
  return ((step as unknown as { questions?: Bilingual[] }).questions ?? []);
}

/** How many slides the deck has: the opening, four per step, the closing. */
export const SLIDE_COUNT = 2 + 4 * allSteps.length;

/** The number of the first slide of the step at `index` in allSteps (its summary). */
export function summarySlide(index: number): number {
  return 2 + 4 * index;
}

/** The number of the slide of a step's part. */
export function partSlide(index: number, part: PartSlug): number {
  return summarySlide(index) + 1 + PARTS.indexOf(part);
}

/** Interface strings of the presenter and speaker views (see src/i18n/workshop.rs). */
export const SAY = {
  controls: { fr: 'Commandes de la présentation', en: 'Presentation controls' },
  previousSlide: { fr: 'Diapositive précédente', en: 'Previous slide' },
  nextSlide: { fr: 'Diapositive suivante', en: 'Next slide' },
  fullscreen: { fr: 'Plein écran', en: 'Full screen' },
  speakerLink: { fr: 'Vue de l’animateur (nouvelle fenêtre)', en: 'Speaker view (new window)' },
  shortcuts: { fr: 'Raccourcis clavier', en: 'Keyboard shortcuts' },
  close: { fr: 'Fermer', en: 'Close' },
  leave: { fr: 'Quitter la présentation', en: 'Leave the presentation' },
  switchTo: { fr: 'Read in English', en: 'Lire en français' },
  speakerTitle: { fr: 'Vue de l’animateur', en: 'Speaker view' },
  pause: { fr: 'Pause', en: 'Pause' },
  reset: { fr: 'Remettre à zéro', en: 'Reset' },
  onScreen: { fr: 'À l’écran', en: 'On screen' },
  comingUp: { fr: 'Ensuite', en: 'Coming up' },
  endOfDeck: { fr: 'Fin de la présentation.', en: 'End of the presentation.' },
  noQuestions: {
    fr: 'Aucune question prévue pour cette diapositive.',
    en: 'No questions planned for this slide.',
  },
  questions: { fr: 'Questions pour la discussion', en: 'Questions for discussion' },
  closingTitle: { fr: 'Merci!', en: 'Thank you!' },
  present: { fr: 'Présenter en atelier', en: 'Present to a group' },
  printRoadmap: { fr: 'Imprimer la feuille de route', en: 'Print the roadmap' },
  printStep: { fr: 'Imprimer cette étape', en: 'Print this step' },
} as const;

/** "Slide 5 of 34" / "Diapositive 5 sur 34". */
export function slideOf(lang: Lang, n: number): string {
  return lang === 'fr' ? `Diapositive ${n} sur ${SLIDE_COUNT}` : `Slide ${n} of ${SLIDE_COUNT}`;
}

/** Where a step sits, as a slide's place line says it ("Step 2 of 7", "Foundation"). */
export function slidePlace(step: Step, lang: Lang): string {
  if (step.number === 0) return FOUNDATION_LABEL[lang];
  const total = content.steps.length;
  return lang === 'fr' ? `Étape ${step.number} sur ${total}` : `Step ${step.number} of ${total}`;
}

export type SlideKind = 'opening' | 'summary' | PartSlug | 'closing';

/** What slide `n` shows, derived from the content: its kind, step, title and place line. */
export function expectedSlide(
  n: number,
  lang: Lang,
): { kind: SlideKind; step?: Step; index?: number; title: string; place: string } {
  if (n === 1) {
    return { kind: 'opening', title: content.title[lang], place: lang === 'fr' ? 'Feuille de route du partenariat' : 'Partnership roadmap' };
  }
  if (n === SLIDE_COUNT) {
    return { kind: 'closing', title: SAY.closingTitle[lang], place: content.title[lang] };
  }
  const index = Math.floor((n - 2) / 4);
  const stage = (n - 2) % 4;
  const step = allSteps[index];
  if (stage === 0) {
    return { kind: 'summary', step, index, title: step.title[lang], place: slidePlace(step, lang) };
  }
  const part = PARTS[stage - 1];
  const place =
    step.number === 0 ? step.title[lang] : `${slidePlace(step, lang)} · ${step.title[lang]}`;
  return { kind: part, step, index, title: UI.parts[part][lang], place };
}

/** The heading of the slide on screen in the presenter view. */
export function slideTitle(page: Page): Locator {
  return page.locator('h1#slide-title');
}

/** The hash of a slide in the presenter view. */
export function presentHash(lang: Lang, n: number): string {
  return `#/${lang}/present/${n}`;
}

/** Loads present.html at `hash` in a fresh document and waits until it shows a view. */
export async function gotoPresent(page: Page, hash: string): Promise<void> {
  if (page.url() !== 'about:blank') {
    await page.goto('about:blank');
  }
  await page.goto(`/present.html${hash}`);
  await expect(page.locator('h1#slide-title, h1.speaker__title').first()).toBeVisible();
}

/** Asserts the presenter shows slide `n` in `lang`: the address, the heading, the progress. */
export async function expectSlide(page: Page, n: number, lang: Lang): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`present\\.html#/${lang}/present/${n}$`));
  await expect(slideTitle(page)).toHaveText(exactly(expectedSlide(n, lang).title));
  await expect(page.locator('.presenter__progress')).toHaveText(exactly(slideOf(lang, n)));
}

/**
 * Collects the page errors and console errors of a page the errorGuard fixture does not
 * watch (a second window); assert the returned list is empty at the end of the test.
 */
export function collectErrors(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (HARMLESS.some((pattern) => pattern.test(text))) return;
    seen.push(`console.error: ${text}`);
  });
  return seen;
}
