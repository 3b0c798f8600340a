// The explorer's main journeys, short, for every engine: what a patient on an iPhone
// (WebKit) or a trainer in Firefox does first. Each journey gets a fresh tab (a new
// MiniBrowser session, or a new Firefox browser context: empty storage) and acts as a
// person does: pointer clicks at a point, key presses, typing. Names, roles, visible text
// and the address are what it checks, as the Playwright specs do (specs/fixtures.ts holds
// the same names; these mirror them, since this suite runs without Playwright).

import { readFileSync } from 'node:fs';

import { Failure } from './tab.mjs';

// ---------------------------------------------------------------------------------------
// Content-derived names (as in specs/fixtures.ts)
// ---------------------------------------------------------------------------------------

const content = JSON.parse(readFileSync(new URL('../../../content/roadmap.json', import.meta.url), 'utf8'));
const allSteps = [content.foundation, ...content.steps];
const LANGS = ['fr', 'en'];
const norm = (text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function nodeName(step, lang) {
  const total = content.steps.length;
  const title = step.title[lang];
  if (step.number === 0) return lang === 'fr' ? `${title} (au centre du cycle)` : `${title} (centre of the cycle)`;
  return lang === 'fr' ? `Étape ${step.number} sur ${total} : ${title}` : `Step ${step.number} of ${total}: ${title}`;
}

const UI = {
  stepList: { fr: 'Étapes du cycle', en: 'Steps of the cycle' },
  language: { fr: 'Langue', en: 'Language' },
  mainNav: { fr: 'Navigation principale', en: 'Main navigation' },
  autonym: { fr: 'Français', en: 'English' },
  search: { fr: 'Rechercher', en: 'Search' },
  searchBox: { fr: 'Mots à chercher dans la feuille de route', en: 'Words to look for in the roadmap' },
  keep: { fr: 'Garder', en: 'Keep' },
  mine: { fr: 'Ma feuille de route', en: 'My roadmap' },
};

const SLIDE_COUNT = 2 + 4 * allSteps.length;
const slideOf = (lang, n) => (lang === 'fr' ? `Diapositive ${n} sur ${SLIDE_COUNT}` : `Slide ${n} of ${SLIDE_COUNT}`);

/** The title a slide shows (see expectedSlide in specs/fixtures.ts). */
function slideTitle(n, lang) {
  if (n === 1) return content.title[lang];
  if (n === SLIDE_COUNT) return lang === 'fr' ? 'Merci !' : 'Thank you!';
  const step = allSteps[Math.floor((n - 2) / 4)];
  const stage = (n - 2) % 4;
  const parts = [
    null,
    { fr: 'Rôles', en: 'Roles' },
    { fr: 'Conditions gagnantes', en: 'Winning conditions' },
    { fr: 'Défis', en: 'Challenges' },
  ];
  return stage === 0 ? step.title[lang] : parts[stage][lang];
}

// ---------------------------------------------------------------------------------------
// What the journeys look for
// ---------------------------------------------------------------------------------------

// The app's heading once it runs (index.html holds prerendered ones before: src/boot.js).
const TITLE = { css: ':is(html:not([data-first]), html[data-first="live"]) h1#page-title' };
const DIAGRAM = { css: 'svg[role="group"]' };
const stepList = (lang) => ({ role: 'navigation', name: UI.stepList[lang] });
const node = (step, lang) => ({ role: 'button', name: nodeName(step, lang), within: DIAGRAM });
const disc = (step, lang) => ({
  css: 'circle.cycle__disc',
  within: node(step, lang),
  control: '[role="button"]',
});
const details = { css: '.step-panel:not([hidden]) section.step' };
const detailsHeading = (step, lang) => ({ role: 'heading', name: step.title[lang], css: 'h2', within: details });

/** Loads a page of the site and waits until the app has drawn its screen. */
async function open(tab, site, path) {
  await tab.goto(`${site}/${path}`);
  await tab.see(TITLE, `the page “${path}” to show its title (the app to start)`, { timeout: 20_000 });
}

async function expectTitle(tab, text) {
  await tab.waitFor(
    `the page title “${text}”`,
    (H, text) => {
      const h1 = document.querySelector(':is(html:not([data-first]), html[data-first="live"]) h1#page-title');
      if (!h1 || !H.visible(h1)) return 'there is no page title on screen';
      return H.squash(h1.textContent) === H.squash(text) ? true : `the title reads “${H.norm(h1.textContent)}”`;
    },
    [text],
  );
}

/** The details show `step`, and the address is the step's. */
async function expectStepShown(tab, step, lang) {
  await tab.see(detailsHeading(step, lang), `the details of “${norm(step.title[lang])}” (heading)`);
  await tab.expectHash({ re: `#/${lang}/step/${step.id}(/[a-z]+)?$` });
}

async function expectCurrentNode(tab, step, lang) {
  await tab.waitFor(
    `the diagram to mark “${nodeName(step, lang)}” as the current step`,
    (H, spec) => {
      const el = H.one(spec);
      if (!el) return `there is no ${H.say(spec)}`;
      const marked = H.all({ css: '[aria-current="step"]', within: { css: 'svg[role="group"]' } });
      if (el.getAttribute('aria-current') === 'step' && marked.length === 1) return true;
      return `the diagram marks ${marked.length ? marked.map(H.describe).join(', ') : 'no step'}`;
    },
    [node(step, lang)],
  );
}

async function expectFocusOn(tab, spec, what) {
  await tab.waitFor(
    `the focus on ${what}`,
    (H, spec) => {
      const el = H.one(spec);
      if (el && document.activeElement === el) return true;
      const active = document.activeElement;
      return `the focus is on ${active && active !== document.body ? H.describe(active) : 'the page itself (nothing focused)'}`;
    },
    [spec],
  );
}

/** Presses Tab until the focus enters `container`. */
async function tabInto(tab, container, what, max = 40) {
  for (let presses = 1; presses <= max; presses += 1) {
    await tab.press('Tab');
    const inside = await tab.run((H, spec) => {
      const el = H.one(spec);
      return !!el && el.contains(document.activeElement);
    }, container);
    if (inside) return presses;
  }
  const focused = await tab.run((H) => H.describe(document.activeElement));
  throw new Error(`expected Tab to reach ${what}, but after ${max} presses the focus is on ${focused}`);
}

async function expectSlide(tab, n, lang) {
  await tab.expectHash(`#/${lang}/present/${n}`);
  await tab.waitFor(
    `slide ${n}: “${norm(slideTitle(n, lang))}”, “${slideOf(lang, n)}”`,
    (H, title, progress) => {
      const h1 = document.querySelector('h1#slide-title');
      const bar = document.querySelector('.presenter__progress');
      if (!h1 || !H.visible(h1)) return 'there is no slide title on screen';
      const shown = `the slide reads “${H.norm(h1.textContent)}”, “${bar ? H.norm(bar.textContent) : 'no progress'}”`;
      return H.squash(h1.textContent) === H.squash(title) && bar && H.squash(bar.textContent) === H.squash(progress) ? true : shown;
    },
    [slideTitle(n, lang), slideOf(lang, n)],
  );
}

// ---------------------------------------------------------------------------------------
// The journeys
// ---------------------------------------------------------------------------------------

/** Each: { id, title, run(tab, env) } where env = { site, host }. */
export const JOURNEYS = [
  {
    id: 'wide',
    title: 'the explorer loads at 1280 px, in French and English, with its cycle',
    async run(tab, { site }) {
      await tab.size(1280, 800);
      for (const lang of LANGS) {
        await open(tab, site, `index.html#/${lang}`);
        await expectTitle(tab, content.title[lang]);
        await tab.see(DIAGRAM, 'the cycle diagram');
        await tab.waitFor(
          `the cycle to show its ${allSteps.length} steps as buttons`,
          (H, count) => {
            const shown = H.all({ role: 'button', within: { css: 'svg[role="group"]' } }).filter(H.visible);
            return shown.length === count ? true : `it shows ${shown.length}`;
          },
          [allSteps.length],
        );
        await tab.notSee(stepList(lang), 'the list of steps hidden (the diagram replaces it)');
        // The header marks the page one is on with a thick underline (a style WebKit once
        // dropped: see style/layout.css).
        await tab.waitFor(
          'the header’s link to the current page underlined, 3 px thick',
          (H, nav) => {
            const link = H.one({ css: 'a[aria-current="page"]', within: nav });
            if (!link) return 'no link of the main navigation is marked as the current page';
            const style = getComputedStyle(link);
            const line = style.textDecorationLine || style.webkitTextDecorationLine;
            if (/underline/.test(line) && style.textDecorationThickness === '3px') return true;
            return `its link “${H.name(link)}” is drawn with text-decoration “${line}”, thickness “${style.textDecorationThickness}”`;
          },
          [{ role: 'navigation', name: UI.mainNav[lang] }],
        );
      }
    },
  },
  {
    id: 'phone',
    title: 'the explorer loads at 375 px, in French and English, with the list of steps',
    async run(tab, { site }) {
      await tab.size(375, 740);
      for (const lang of LANGS) {
        await open(tab, site, `index.html#/${lang}`);
        await expectTitle(tab, content.title[lang]);
        await tab.see(stepList(lang), `the list “${UI.stepList[lang]}”`);
        await tab.waitFor(
          `the list to link to the ${allSteps.length} steps`,
          (H, list, count) => {
            const links = H.all({ role: 'link', within: list }).filter(H.visible);
            return links.length === count ? true : `it shows ${links.length} links`;
          },
          [stepList(lang), allSteps.length],
        );
        await tab.notSee(DIAGRAM, 'the diagram hidden on a phone');
        await tab.waitFor('the page to fit the screen’s width (no sideways scrolling)', () => {
          const wide = document.documentElement.scrollWidth;
          return wide <= innerWidth ? true : `the page is ${wide} px wide on a ${innerWidth} px screen`;
        });
      }
      // A tap on a step of the list opens it.
      const step = content.steps[2];
      await tab.click({ role: 'link', name: `${step.number} ${step.title.en}`, within: stepList('en') });
      await expectStepShown(tab, step, 'en');
    },
  },
  {
    id: 'click',
    title: 'a click on a disc of the cycle opens its step',
    async run(tab, { site }) {
      await tab.size(1280, 800);
      await open(tab, site, 'index.html#/en');
      for (const step of [content.steps[2], allSteps[0]]) {
        await tab.click(disc(step, 'en'));
        await expectStepShown(tab, step, 'en');
        await expectCurrentNode(tab, step, 'en');
      }
    },
  },
  {
    id: 'keyboard',
    title: 'Tab into the cycle, arrows, Enter and Space open a step',
    async run(tab, { site }) {
      await tab.size(1280, 800);
      await open(tab, site, 'index.html#/fr');
      await tabInto(tab, DIAGRAM, 'the cycle diagram');
      // With nothing selected, the one Tab stop is step 1.
      await expectFocusOn(tab, node(allSteps[1], 'fr'), `“${nodeName(allSteps[1], 'fr')}”`);
      await tab.press('ArrowRight');
      await tab.press('ArrowRight');
      await expectFocusOn(tab, node(allSteps[3], 'fr'), `“${nodeName(allSteps[3], 'fr')}”`);
      await tab.press('Enter');
      await expectStepShown(tab, allSteps[3], 'fr');
      await expectCurrentNode(tab, allSteps[3], 'fr');
      // Opening a step lands the focus on its title; the cycle is one Tab stop away again.
      await expectFocusOn(tab, { css: '#step-title' }, `the title “${allSteps[3].title.fr}”`);
      await open(tab, site, 'index.html#/fr');
      await tabInto(tab, DIAGRAM, 'the cycle diagram');
      await tab.press('Home');
      await expectFocusOn(tab, node(allSteps[0], 'fr'), `“${nodeName(allSteps[0], 'fr')}”`);
      await tab.press('Space');
      await expectStepShown(tab, allSteps[0], 'fr');
      await expectCurrentNode(tab, allSteps[0], 'fr');
    },
  },
  {
    id: 'language',
    title: 'the language switch keeps the step and its part',
    async run(tab, { site }) {
      await tab.size(1280, 800);
      const step = content.steps[3];
      await open(tab, site, `index.html#/fr/step/${step.id}/challenges`);
      await expectStepShown(tab, step, 'fr');
      await tab.click({ role: 'link', name: UI.autonym.en, within: { role: 'navigation', name: UI.language.fr } });
      await tab.expectHash(`#/en/step/${step.id}/challenges`);
      await expectStepShown(tab, step, 'en');
      await tab.click({ role: 'link', name: UI.autonym.fr, within: { role: 'navigation', name: UI.language.en } });
      await tab.expectHash(`#/fr/step/${step.id}/challenges`);
      await expectStepShown(tab, step, 'fr');
    },
  },
  {
    id: 'presenter',
    title: 'the presenter’s keys move the slides',
    async run(tab, { site }) {
      await tab.size(1280, 800);
      await tab.goto(`${site}/present.html#/en/present/1`);
      await tab.see({ css: 'h1#slide-title' }, 'the presenter to show its first slide', { timeout: 20_000 });
      await expectSlide(tab, 1, 'en');
      const moves = [
        ['ArrowRight', 2],
        ['Space', 3],
        ['Enter', 4],
        ['PageDown', 5],
        ['ArrowLeft', 4],
        ['End', SLIDE_COUNT],
        ['Home', 1],
        ['3', 2 + 4 * 3],
      ];
      for (const [key, n] of moves) {
        await tab.press(key);
        await expectSlide(tab, n, 'en');
      }
    },
  },
  {
    id: 'search',
    title: 'search finds “défi”, typed with and without its accent',
    async run(tab, { site }) {
      await tab.size(1280, 800);
      for (const words of ['défi', 'defi']) {
        await open(tab, site, 'find.html#/fr/search');
        const box = { role: 'searchbox', name: UI.searchBox.fr };
        await tab.click(box);
        await expectFocusOn(tab, box, 'the search box');
        await tab.type(words);
        await tab.waitFor(
          `results for “${words}” with “défi” marked`,
          (H) => {
            const marks = Array.prototype.filter.call(document.querySelectorAll('.search__results mark'), H.visible);
            const texts = marks.map((m) => H.norm(m.textContent).toLowerCase());
            const status = document.querySelector('.search__status');
            if (texts.some((t) => t.startsWith('défi'))) return true;
            return `the results mark ${texts.length ? texts.slice(0, 5).map((t) => `“${t}”`).join(', ') : 'nothing'} (status: “${status ? H.norm(status.textContent) : ''}”)`;
          },
        );
        await tab.expectHash({ re: `#/fr/search\\?q=${words}$` });
      }
    },
  },
  {
    id: 'keep',
    title: 'a kept item survives a reload and shows in “My roadmap”',
    async run(tab, { site }) {
      await tab.size(1280, 800);
      const step = content.steps[1];
      const role = step.roles[0];
      const keep = { role: 'button', name: `${UI.keep.en}: ${role.title.en}`, within: details };
      // Once kept, the button says so by offering to remove it.
      const remove = { role: 'button', name: `Remove: ${role.title.en}`, within: details };
      await open(tab, site, `index.html#/en/step/${step.id}`);
      await expectStepShown(tab, step, 'en');
      await tab.click(keep);
      await tab.see(remove, `“Remove: ${role.title.en}” in place of Keep`);
      await tab.reload();
      await tab.see(TITLE, 'the explorer again after the reload', { timeout: 20_000 });
      await tab.see(remove, `“Remove: ${role.title.en}” still there after the reload`, { timeout: 20_000 });
      await open(tab, site, 'find.html#/en/mine');
      await expectTitle(tab, UI.mine.en);
      await tab.see({ role: 'link', name: role.title.en, within: { css: 'main' } }, `“${role.title.en}” listed in “My roadmap”`);
    },
  },
  {
    id: 'embed',
    title: 'the embed renders, alone and on a host page through embed.js',
    async run(tab, { site, host }) {
      await tab.size(1280, 800);
      const step = content.steps[1];
      await open(tab, site, `index.html?embed&lang=fr&step=${step.id}`);
      await expectStepShown(tab, step, 'fr');
      await tab.notSee({ css: 'header.header' }, 'no header in an embed');
      await tab.see({ css: '.embed-bar a' }, 'the link to the full explorer');

      // A host page on another origin (another port) with the README's snippet.
      await tab.goto(`${host}/host.html`);
      await tab.waitFor('embed.js to put an iframe in the host page', () =>
        document.querySelector('#roadmap iframe') ? true : 'the host page has no iframe',
      );
      await tab.run(() => {
        document.querySelector('#roadmap iframe').scrollIntoView({ block: 'start' });
        return true;
      });
      await tab.enterFrame('#roadmap iframe');
      try {
        await tab.see(TITLE, 'the explorer inside the iframe', { timeout: 20_000 });
        await expectStepShown(tab, step, 'fr');
      } finally {
        await tab.leaveFrame();
      }
      // embed.js gives the iframe the height the embed reports (it starts at 640 px).
      const deadline = Date.now() + 10_000;
      for (;;) {
        await tab.enterFrame('#roadmap iframe');
        let inner;
        try {
          inner = await tab.run(() => Math.ceil(document.body.getBoundingClientRect().height));
        } finally {
          await tab.leaveFrame();
        }
        const outer = await tab.run(() => Math.round(document.querySelector('#roadmap iframe').getBoundingClientRect().height));
        if (Math.abs(outer - inner) <= 2) break;
        if (Date.now() > deadline) {
          throw new Failure(`expected the iframe as tall as the explorer in it (${inner} px), but it is ${outer} px tall`);
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // What the embed logged, up to now (the journey's end reads the host page's).
      await tab.enterFrame('#roadmap iframe');
      try {
        await tab.harvest();
      } finally {
        await tab.leaveFrame();
      }
    },
  },
];
