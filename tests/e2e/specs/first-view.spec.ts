// The explorer's first view is in index.html (src/bin/prerender.rs): readable before the
// wasm arrives, then taken over by the app (hydrated) when it is exactly what the app
// would show; otherwise it never shows, not even for a moment, and the app renders in
// its place. Without JavaScript it is the page.

import type { Page } from '@playwright/test';

import { content, contentText, exactly, expect, node, pageTitle, test, UI, type Lang } from './fixtures';

/** Holds the wasm back until the returned function is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Records, on every frame from the start until the app runs, which prerendered view
 * was on screen. */
async function watchFirstViews(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { firstSeen: string[] }).firstSeen = seen;
    const look = () => {
      const running = document.documentElement.dataset.first === 'live';
      for (const view of document.querySelectorAll<HTMLElement>('.first')) {
        if (!running && getComputedStyle(view).display !== 'none' && !seen.includes(view.id)) {
          seen.push(view.id);
        }
      }
      if (!running) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

async function firstSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { firstSeen: string[] }).firstSeen);
}

/** Marks the heading on screen, to tell later whether the app kept that very element. */
async function markTitle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>('h1#page-title')].find(
      (heading) => heading.offsetParent !== null,
    );
    if (shown) shown.dataset.marked = 'yes';
  });
}

const live = (page: Page) => page.locator('html[data-first="live"]');

for (const lang of ['fr', 'en'] as Lang[]) {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';

  test(`the home in ${lang} reads before the wasm, then the app takes it over and works`, async ({
    page,
  }) => {
    const release = await holdWasm(page);
    await page.goto(`/#/${lang}`);
    const prerendered = page.locator(`#first-${lang}`);
    await expect(
      prerendered.getByRole('heading', { level: 1, name: exactly(content.title[lang]) }),
    ).toBeVisible();
    await expect(prerendered.getByRole('link', { name: UI.start[lang] })).toBeVisible();
    await expect(page.locator(`#first-${other}`)).toBeHidden();
    await markTitle(page);
    release();
    await expect(live(page)).toHaveCount(1);
    // The very heading that was prerendered, now the app's (a render would replace it).
    await expect(pageTitle(page)).toHaveAttribute('data-marked', 'yes');
    await expect(page.locator('.first')).toHaveCount(1);
    // Its controls work: a step of the cycle, then the language switch.
    const step = content.steps[1];
    await node(page, step, lang).locator('circle.cycle__disc').click();
    await expect(page.locator('#step-title')).toHaveText(exactly(step.title[lang]));
    await expect(page.locator('#step-title')).toBeFocused();
    await page
      .getByRole('navigation', { name: UI.language[lang], exact: true })
      .getByRole('link', { name: UI.autonym[other] })
      .click();
    await expect(page.locator('#step-title')).toHaveText(exactly(step.title[other]));
    await expect(page.locator('html')).toHaveAttribute('lang', other);
  });
}

test('with no address, the view in the language the app chooses shows, and the app keeps it', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('#first-fr h1')).toBeVisible();
  await expect(page.locator('#first-en')).toBeHidden();
  await markTitle(page);
  release();
  await expect(live(page)).toHaveCount(1);
  await expect(page).toHaveURL(/#\/fr$/);
  await expect(pageTitle(page)).toHaveAttribute('data-marked', 'yes');
  // A language chosen earlier wins over the browser's, on both sides.
  await page.evaluate(() => localStorage.setItem('lhs-roadmap.lang', 'en'));
  await page.goto('about:blank');
  await page.goto('/');
  await expect(live(page)).toHaveCount(1);
  await expect(page).toHaveURL(/#\/en$/);
  await expect(pageTitle(page)).toHaveText(exactly(content.title.en));
  await context.close();
});

test('a content file changed since the build: the old text never shows, the new one does', async ({
  page,
}) => {
  const changed = JSON.parse(contentText);
  changed.title = { fr: 'Notre feuille de route adaptée', en: 'Our adapted roadmap' };
  await page.route('**/content/roadmap.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(changed) }),
  );
  await watchFirstViews(page);
  await page.goto('/#/fr');
  await expect(pageTitle(page)).toHaveText('Notre feuille de route adaptée');
  expect(await firstSeen(page), 'no prerendered view was ever on screen').toEqual([]);
  await expect(page.locator('.first')).toHaveCount(0);
  await expect(page.getByText(content.title.fr, { exact: true })).toHaveCount(0);
});

test('a link to a step never shows the prerendered home', async ({ page }) => {
  await watchFirstViews(page);
  const step = content.steps[2];
  await page.goto(`/#/en/step/${step.id}`);
  await expect(page.locator('#step-title')).toHaveText(exactly(step.title.en));
  expect(await firstSeen(page)).toEqual([]);
});

test('a link followed before the wasm arrives opens its page once the app runs', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/#/fr');
  const step = content.steps[0];
  const view = page.locator('#first-fr');
  await view.locator(`a[href="#/fr/step/${step.id}"]`).first().click();
  await expect(view).toBeHidden();
  release();
  await expect(page.locator('#step-title')).toHaveText(exactly(step.title.fr));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the title, the introduction and every step, and says what needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/');
    const view = page.locator('#first-fr');
    await expect(
      view.getByRole('heading', { level: 1, name: exactly(content.title.fr) }),
    ).toBeVisible();
    const intro = content.introduction[0].paragraphs[0].fr.replace(/\*\*/g, '');
    await expect(view.getByText(intro.slice(0, 50))).toBeVisible();
    // The steps as a plain list, at every width.
    const steps = view.getByRole('navigation', { name: UI.stepList.fr, exact: true });
    for (const step of content.steps) {
      await expect(steps.getByText(step.title.fr, { exact: true })).toBeVisible();
    }
    // No control that needs the app.
    await expect(view.getByRole('navigation', { name: UI.language.fr })).toBeHidden();
    await expect(view.locator('svg[role="group"]')).toBeHidden();
    await expect(page.getByText(/JavaScript est désactivé/)).toBeVisible();
    await expect(page.getByText(/Chargement/)).toBeHidden();
    await page.getByRole('link', { name: 'English version' }).click();
    await expect(
      page.locator('#first-en').getByRole('heading', { level: 1, name: exactly(content.title.en) }),
    ).toBeVisible();
    await expect(view).toBeHidden();
  });
});
