// Every address of the app, loaded fresh and reached from inside the app, shows its screen
// without any page error or console error (the fixture fails the test on any).

import type { Page } from '@playwright/test';

import {
  allSteps,
  content,
  exactly,
  expect,
  expectStepShown,
  gotoRoute,
  LANGS,
  pageTitle,
  PARTS,
  stepHash,
  test,
  UI,
  type Lang,
} from './fixtures';

interface RouteCase {
  hash: string;
  /** Waits until the screen of `hash` is shown. */
  check(page: Page): Promise<void>;
}

function routes(lang: Lang): RouteCase[] {
  const h1 = (text: string | RegExp) => async (page: Page) => {
    await expect(pageTitle(page)).toHaveText(text);
  };
  const list: RouteCase[] = [{ hash: `#/${lang}`, check: h1(exactly(content.title[lang])) }];
  for (const step of allSteps) {
    list.push({ hash: stepHash(step, lang), check: (page) => expectStepShown(page, step, lang) });
    for (const part of PARTS) {
      list.push({
        hash: stepHash(step, lang, part),
        check: async (page) => {
          await expectStepShown(page, step, lang);
          await expect(page).toHaveURL(new RegExp(`${stepHash(step, lang, part)}$`));
          await expect(page.locator(`#part-${part}`)).toBeInViewport();
        },
      });
    }
  }
  list.push({ hash: `#/${lang}/intro`, check: h1(UI.intro[lang]) });
  list.push({ hash: `#/${lang}/glossary`, check: h1(UI.glossary[lang]) });
  list.push({ hash: `#/${lang}/sources`, check: h1(UI.sources[lang]) });
  for (const source of content.sources) {
    list.push({
      hash: `#/${lang}/sources/${source.key}`,
      check: async (page) => {
        await expect(pageTitle(page)).toHaveText(UI.sources[lang]);
        await expect(page.locator(`#source-${source.key}`)).toHaveClass(/sources__entry--target/);
      },
    });
  }
  list.push({ hash: `#/${lang}/credits`, check: h1(UI.credits[lang]) });
  return list;
}

for (const lang of LANGS) {
  // In two walks, the steps and the other pages, each short enough for a loaded machine;
  // without smooth scrolling, which only slows the walk down.
  for (const [name, steps] of [['the steps and their parts', true], ['the other pages', false]] as const) {
    test(`every route, reached from inside the app, logs no error: ${name} (${lang})`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const all = routes(lang).filter((route, index) => index === 0 || /\/step\//.test(route.hash) === steps);
      await gotoRoute(page, all[0].hash);
      for (const route of all) {
        await page.evaluate((hash) => {
          location.hash = hash;
        }, route.hash);
        await route.check(page);
        await expect(page.getByRole('heading', { name: UI.notFound[lang] })).toHaveCount(0);
      }
    });
  }

  // Each screen loaded fresh (its parts and sources are covered by the walk above).
  const fresh = routes(lang).filter(
    (route) =>
      (!/\/(roles|conditions|challenges)$/.test(route.hash) ||
        route.hash.startsWith(stepHash(allSteps[1], lang))) &&
      (!/\/sources\/./.test(route.hash) || route.hash.endsWith(`/${content.sources[0].key}`)),
  );
  for (const route of fresh) {
    test(`${route.hash}, loaded fresh, logs no error`, async ({ page }) => {
      await gotoRoute(page, route.hash);
      await route.check(page);
    });
  }
}

test('the address without a hash logs no error', async ({ page }) => {
  await gotoRoute(page, '');
  await expect(page).toHaveURL(/#\/en$/);
});

// The find pages live in find.html, a page of their own: opened from an explorer address
// (an old or hand-typed link) they move there, and the explorer's links lead there.
for (const lang of LANGS) {
  const find: [string, string][] = [
    [`#/${lang}/search?q=donn%C3%A9es`, UI.search[lang]],
    [`#/${lang}/mine`, UI.mine[lang]],
    [`#/${lang}/start`, UI.start[lang]],
    [`#/${lang}/areas/research`, UI.areas[lang]],
    [`#/${lang}/continuum/partnership`, UI.continuum[lang]],
    [`#/${lang}/supports/${(content.supports as { id: string }[])[0].id}`, UI.supports[lang]],
  ];
  for (const [hash, title] of find) {
    test(`${hash}, opened at the explorer's address, moves to find.html and logs no error`, async ({ page }) => {
      await gotoRoute(page, hash);
      await expect(page).toHaveURL(new RegExp(`/find\\.html${hash.replace(/[?]/g, '\\?')}$`));
      await expect(pageTitle(page)).toHaveText(title);
    });
  }

  test(`the header leads from the explorer to the find pages and back (${lang})`, async ({ page }) => {
    await gotoRoute(page, `#/${lang}`);
    const nav = page.getByRole('navigation', { name: UI.mainNav[lang] });
    await nav.getByRole('link', { name: UI.search[lang], exact: true }).click();
    await expect(page).toHaveURL(/\/find\.html#/);
    await expect(pageTitle(page)).toHaveText(UI.search[lang]);
    await nav.getByRole('link', { name: UI.mine[lang], exact: true }).click();
    await expect(pageTitle(page)).toHaveText(UI.mine[lang]);
    await nav.getByRole('link', { name: UI.glossary[lang], exact: true }).click();
    await expect(page).toHaveURL(/\/index\.html#/);
    await expect(pageTitle(page)).toHaveText(UI.glossary[lang]);
    await page.goBack();
    await expect(pageTitle(page)).toHaveText(UI.mine[lang]);
  });
}
