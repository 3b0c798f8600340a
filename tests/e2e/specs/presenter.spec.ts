// The presenter view (present.html, workshop mode): one slide at a time, driven by the
// keys of a keyboard or a clicker; what each kind of slide shows, in both languages;
// deep links to slides; the bar's buttons; blanking, fullscreen, leaving; the shortcuts
// dialog; the projector theme (28 px type, 7:1 contrast at 1920 × 1080); axe on the
// presenter and speaker views; and the explorer's "Present to a group" link.

import type { Page } from '@playwright/test';

import {
  allSteps,
  content,
  details,
  exactly,
  expect,
  expectedSlide,
  expectNoAxeViolations,
  expectSlide,
  expectStepShown,
  gotoPresent,
  gotoRoute,
  LANGS,
  norm,
  pageTitle,
  PARTS,
  partSlide,
  presentHash,
  SAY,
  SLIDE_COUNT,
  slideOf,
  slideTitle,
  summarySlide,
  test,
  UI,
  type Lang,
} from './fixtures';

/** The controls under the slide. */
function bar(page: Page, lang: Lang) {
  return page.getByRole('navigation', { name: SAY.controls[lang], exact: true });
}

function barButton(page: Page, lang: Lang, name: keyof typeof SAY) {
  return bar(page, lang).getByRole('button', { name: SAY[name][lang], exact: true });
}

/** The black screen that B or "." puts over the slide. */
function blank(page: Page) {
  return page.locator('div.presenter__blank');
}

function slide(page: Page) {
  return page.locator('main#main.presenter__stage > section.slide');
}

const INDEX_OF = (id: string) => allSteps.findIndex((step) => step.id === id);

test.describe('the keys', () => {
  test('forward keys go from the first slide to the last, backward keys all the way back', async ({
    page,
  }) => {
    await gotoPresent(page, presentHash('en', 1));
    await expectSlide(page, 1, 'en');
    const historyLength = await page.evaluate(() => history.length);

    const forward = ['ArrowRight', 'PageDown', 'Space', 'Enter', 'ArrowDown'];
    for (let n = 1; n < SLIDE_COUNT; n += 1) {
      await page.keyboard.press(forward[(n - 1) % forward.length]);
      await expectSlide(page, n + 1, 'en');
    }
    // Past the last slide, nothing moves.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expectSlide(page, SLIDE_COUNT, 'en');

    const backward = ['ArrowLeft', 'PageUp', 'Backspace', 'ArrowUp'];
    for (let n = SLIDE_COUNT; n > 1; n -= 1) {
      await page.keyboard.press(backward[n % backward.length]);
      await expectSlide(page, n - 1, 'en');
    }
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await expectSlide(page, 1, 'en');
    // Then one step forward lands on slide 2: the keys at the ends really did nothing.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, 'en');

    // Slides replace the history entry: Back leaves the presentation, it does not step
    // back through 60-odd slides.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test('Home and End go to the first and the last slide', async ({ page }) => {
    await gotoPresent(page, presentHash('en', 9));
    await page.keyboard.press('End');
    await expectSlide(page, SLIDE_COUNT, 'en');
    await page.keyboard.press('Home');
    await expectSlide(page, 1, 'en');
    await page.keyboard.press('End');
    await expectSlide(page, SLIDE_COUNT, 'en');
  });

  for (const lang of LANGS) {
    test(`digits 0 to ${allSteps.length - 1} jump to each step's summary slide (${lang})`, async ({
      page,
    }) => {
      await gotoPresent(page, presentHash(lang, 1));
      // From the end backwards and then forwards, so every jump really moves.
      const order = [...allSteps.keys()].reverse();
      for (const index of [...order, ...order.reverse()]) {
        await page.keyboard.press(String(index));
        const n = summarySlide(index);
        await expectSlide(page, n, lang);
        await expect(slideTitle(page)).toHaveText(exactly(allSteps[index].title[lang]));
        await expect(slide(page)).toHaveClass(/\bslide--summary\b/);
      }
    });
  }

  test('a digit past the last step does nothing', async ({ page }) => {
    await gotoPresent(page, presentHash('en', 5));
    await page.keyboard.press(String(allSteps.length));
    await page.keyboard.press('9');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 6, 'en');
  });

  test('keys pressed with Ctrl are left to the browser', async ({ page }) => {
    await gotoPresent(page, presentHash('en', 5));
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+3');
    await page.keyboard.press('Control+b');
    await expect(blank(page)).toBeHidden();
    // One plain ArrowRight lands on 6: the keys with Ctrl moved nothing.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 6, 'en');
  });

  test('Enter and Space on a focused button press it instead of changing slide', async ({
    page,
  }) => {
    await gotoPresent(page, presentHash('en', 5));
    await barButton(page, 'en', 'previousSlide').focus();
    await page.keyboard.press('Enter');
    await expectSlide(page, 4, 'en');
    await page.keyboard.press('Enter');
    await expectSlide(page, 3, 'en');
    await barButton(page, 'en', 'nextSlide').focus();
    await page.keyboard.press('Space');
    await expectSlide(page, 4, 'en');
    await expect(barButton(page, 'en', 'nextSlide')).toBeFocused();
  });

  test('nothing moves on its own', async ({ page }) => {
    await page.clock.install();
    await gotoPresent(page, presentHash('en', 3));
    await page.clock.runFor('05:00');
    await expectSlide(page, 3, 'en');
  });
});

test.describe('the slides', () => {
  for (const lang of LANGS) {
    test(`every slide shows its place, title, contents and progress (${lang})`, async ({
      page,
    }) => {
      await gotoPresent(page, presentHash(lang, 1));
      const live = page.locator('.presenter [aria-live="polite"]');
      for (let n = 1; n <= SLIDE_COUNT; n += 1) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        const expected = expectedSlide(n, lang);
        await expectSlide(page, n, lang);
        await expect(slide(page)).toHaveCount(1);
        await expect(slide(page)).toHaveClass(new RegExp(`\\bslide--${expected.kind}\\b`));
        await expect(slide(page).locator('p.slide__place')).toHaveText(exactly(expected.place));
        // "Slide n of 34: <what the slide is about>", for screen readers.
        await expect(live).toContainText(norm(slideOf(lang, n)));
        await expect(live).toContainText(norm(expected.title));
        if (expected.step) await expect(live).toContainText(norm(expected.step.title[lang]));
        await expect(page.locator('.presenter__progress progress')).toHaveAttribute(
          'value',
          String(n),
        );
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        if (PARTS.includes(expected.kind as never)) {
          const part = expected.kind as (typeof PARTS)[number];
          const titles = expected.step![part].map((item) => exactly(item.title[lang]));
          await expect(slide(page).locator('ul.slide__items > li.slide__item > strong')).toHaveText(
            titles,
          );
          const current = slide(page).locator('ol.slide__tracker > li[aria-current="step"]');
          await expect(current).toHaveCount(1);
          await expect(current).toHaveText(exactly(UI.parts[part][lang]));
        }
      }
    });

    test(`the opening, a summary, a part and the closing (${lang})`, async ({ page }) => {
      // Opening: the roadmap's title and the whole cycle, nothing highlighted.
      await gotoPresent(page, presentHash(lang, 1));
      await expect(slideTitle(page)).toHaveText(exactly(content.title[lang]));
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const openingFigure = slide(page).locator('svg[role="img"]');
      await expect(openingFigure).toBeVisible();
      await expect(openingFigure.locator('.cycle__node')).toHaveCount(allSteps.length);
      await expect(openingFigure.locator('.cycle__node--selected')).toHaveCount(0);
      await expect(barButton(page, lang, 'previousSlide')).toBeDisabled();
      await expect(barButton(page, lang, 'nextSlide')).toBeEnabled();

      // A step's summary: its place, title and summary, the step highlighted on the cycle.
      const index = INDEX_OF('analyze-data');
      const step = allSteps[index];
      await page.keyboard.press(String(index));
      await expectSlide(page, summarySlide(index), lang);
      await expect(slide(page).locator('.slide__place')).toHaveText(
        exactly(lang === 'fr' ? `Étape ${step.number} sur ${content.steps.length}` : `Step ${step.number} of ${content.steps.length}`),
      );
      await expect(slide(page).locator('.slide__summary')).toHaveText(exactly(step.summary[lang]));
      const figure = slide(page).locator('svg[role="img"]');
      await expect(figure).toBeVisible();
      await expect(figure).toHaveAttribute('aria-label', new RegExp(step.title[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      const selected = figure.locator('.cycle__node--selected');
      await expect(selected).toHaveCount(1);
      await expect(figure.locator('.cycle__node').nth(index)).toHaveClass(/cycle__node--selected/);
      // The tracker lists the three parts, none of them current yet.
      await expect(slide(page).locator('ol.slide__tracker > li')).toHaveText(
        PARTS.map((part) => exactly(UI.parts[part][lang])),
      );
      await expect(slide(page).locator('ol.slide__tracker > li[aria-current]')).toHaveCount(0);

      // Its challenges: exactly its items, titles and texts, in order.
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, partSlide(index, 'challenges'), lang);
      await expect(slide(page)).toHaveClass(/\bslide--part\b/);
      await expect(slide(page)).toHaveClass(/\bslide--challenges\b/);
      await expect(slide(page).locator('.slide__place')).toHaveText(
        exactly(`${expectedSlide(summarySlide(index), lang).place} · ${step.title[lang]}`),
      );
      const items = slide(page).locator('li.slide__item');
      await expect(items).toHaveCount(step.challenges.length);
      for (const [i, item] of step.challenges.entries()) {
        await expect(items.nth(i).locator('strong')).toHaveText(exactly(item.title[lang]));
        await expect(items.nth(i)).toContainText(item.text[lang].slice(0, 40));
      }
      await expect(slide(page).locator('li[aria-current="step"]')).toHaveText(
        exactly(UI.parts.challenges[lang]),
      );

      // The foundation's part slides say its title above the part.
      await page.keyboard.press('0');
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, partSlide(0, 'roles'), lang);
      await expect(slide(page).locator('.slide__place')).toHaveText(
        exactly(content.foundation.title[lang]),
      );
      await expect(slide(page).locator('li.slide__item strong')).toHaveText(
        content.foundation.roles.map((item) => exactly(item.title[lang])),
      );

      // Closing: thanks, the roadmap's title, the site's address to write down.
      await page.keyboard.press('End');
      await expectSlide(page, SLIDE_COUNT, lang);
      await expect(slideTitle(page)).toHaveText(exactly(SAY.closingTitle[lang]));
      await expect(slide(page).locator('.slide__place')).toHaveText(exactly(content.title[lang]));
      await expect(slide(page).locator('.slide__url')).toHaveText('http://127.0.0.1:8089/');
      await expect(barButton(page, lang, 'nextSlide')).toBeDisabled();
      await expect(barButton(page, lang, 'previousSlide')).toBeEnabled();
      await expect(page).toHaveTitle(new RegExp(`^${lang === 'fr' ? 'Présentation' : 'Presentation'} · `));
    });
  }
});

test.describe('deep links', () => {
  test('a slide address opened in the explorer goes to present.html', async ({ page }) => {
    await page.goto(`/index.html${presentHash('fr', 6)}`);
    await expect(page).toHaveURL(/\/present\.html#\/fr\/present\/6$/);
    await expectSlide(page, 6, 'fr');
    await expect(slideTitle(page)).toHaveText(exactly(allSteps[1].title.fr));

    await page.goto('about:blank');
    await page.goto(`/${presentHash('en', 3)}`);
    await expect(page).toHaveURL(/\/present\.html#\/en\/present\/3$/);
    await expect(slideTitle(page)).toHaveText(exactly(UI.parts.roles.en));
  });

  test('a slide address followed from inside the explorer goes to present.html', async ({
    page,
  }) => {
    await gotoRoute(page, '#/en/step/collect-data');
    await page.evaluate(() => {
      location.hash = '#/en/present/14';
    });
    await expectSlide(page, 14, 'en');
  });

  test('present.html opens at the slide its address names', async ({ page }) => {
    for (const [lang, n] of [
      ['en', 1],
      ['fr', 11],
      ['en', 23],
      ['fr', SLIDE_COUNT],
    ] as [Lang, number][]) {
      await gotoPresent(page, presentHash(lang, n));
      await expectSlide(page, n, lang);
    }
  });

  test('an address without a number opens the first slide', async ({ page }) => {
    await page.goto('/index.html#/en/present');
    await expect(page).toHaveURL(/\/present\.html#\/en\/present$/);
    await expect(slideTitle(page)).toHaveText(exactly(content.title.en));
    await expect(page.locator('.presenter__progress')).toHaveText(exactly(slideOf('en', 1)));
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 2, 'en');
  });

  test('a number past the end shows the last slide and corrects the address', async ({ page }) => {
    await gotoPresent(page, presentHash('en', 99));
    await expectSlide(page, SLIDE_COUNT, 'en');
    await expect(slideTitle(page)).toHaveText(SAY.closingTitle.en);
    await gotoPresent(page, presentHash('fr', SLIDE_COUNT + 1));
    await expectSlide(page, SLIDE_COUNT, 'fr');
  });

  for (const hash of ['#/fr/present/0', '#/fr/present/abc', '#/fr/present/007']) {
    test(`${hash} is not a presentation: the explorer says the page is not found`, async ({
      page,
    }) => {
      await page.goto(`/present.html${hash}`);
      await expect(page).toHaveURL(new RegExp(`/index\\.html${hash}$`));
      await expect(pageTitle(page)).toHaveText(UI.notFound.fr);
      await expect(slideTitle(page)).toHaveCount(0);
    });
  }

  test('any other address on present.html goes to the explorer', async ({ page }) => {
    await page.goto('/present.html#/en/step/collect-data');
    await expect(page).toHaveURL(/\/index\.html#\/en\/step\/collect-data$/);
    await expectStepShown(page, allSteps[INDEX_OF('collect-data')], 'en');
    await page.goto('about:blank');
    await page.goto('/present.html#/fr/glossary');
    await expect(page).toHaveURL(/\/index\.html#\/fr\/glossary$/);
    await expect(pageTitle(page)).toHaveText(UI.glossary.fr);
  });
});

test.describe('the bar', () => {
  for (const lang of LANGS) {
    test(`previous and next, disabled at the ends (${lang})`, async ({ page }) => {
      await gotoPresent(page, presentHash(lang, 1));
      const previous = barButton(page, lang, 'previousSlide');
      const next = barButton(page, lang, 'nextSlide');
      await expect(previous).toBeDisabled();
      await next.click();
      await expectSlide(page, 2, lang);
      await expect(previous).toBeEnabled();
      await next.click();
      await next.click();
      await expectSlide(page, 4, lang);
      await previous.click();
      await expectSlide(page, 3, lang);
      await page.keyboard.press('End');
      await expect(next).toBeDisabled();
      await previous.click();
      await expectSlide(page, SLIDE_COUNT - 1, lang);
      await next.click();
      await expectSlide(page, SLIDE_COUNT, lang);
      await expect(next).toBeDisabled();
      // The bar's other controls.
      await expect(barButton(page, lang, 'fullscreen')).toHaveAttribute('aria-pressed', 'false');
      await expect(barButton(page, lang, 'shortcuts')).toBeVisible();
      await expect(barButton(page, lang, 'leave')).toBeVisible();
      const speaker = bar(page, lang).getByRole('link', { name: SAY.speakerLink[lang], exact: true });
      await expect(speaker).toHaveAttribute('href', `#/${lang}/speaker/${SLIDE_COUNT}`);
      await expect(speaker).toHaveAttribute('target', 'lhs-roadmap-speaker');
    });
  }

  test('the language link keeps the slide', async ({ page }) => {
    await gotoPresent(page, presentHash('fr', 7));
    await expectSlide(page, 7, 'fr');
    await bar(page, 'fr').getByRole('link', { name: SAY.switchTo.fr, exact: true }).click();
    await expectSlide(page, 7, 'en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(barButton(page, 'en', 'nextSlide')).toBeVisible();
    // And back, after moving.
    await page.keyboard.press('ArrowRight');
    await bar(page, 'en').getByRole('link', { name: SAY.switchTo.en, exact: true }).click();
    await expectSlide(page, 8, 'fr');
  });

  test('the Leave button goes to the explorer at the slide\'s step, or home', async ({ page }) => {
    const index = INDEX_OF('implement-change');
    await gotoPresent(page, presentHash('en', partSlide(index, 'conditions')));
    await barButton(page, 'en', 'leave').click();
    await expect(page).toHaveURL(new RegExp(`/index\\.html#/en/step/${allSteps[index].id}$`));
    await expectStepShown(page, allSteps[index], 'en');
    await expect(details(page)).toBeVisible();

    await gotoPresent(page, presentHash('fr', 1));
    await barButton(page, 'fr', 'leave').click();
    await expect(page).toHaveURL(/\/index\.html#\/fr$/);
    await expect(pageTitle(page)).toHaveText(exactly(content.title.fr));

    await gotoPresent(page, presentHash('en', SLIDE_COUNT));
    await barButton(page, 'en', 'leave').click();
    await expect(page).toHaveURL(/\/index\.html#\/en$/);
    await expect(pageTitle(page)).toHaveText(exactly(content.title.en));
  });
});

test.describe('blanking, fullscreen and leaving', () => {
  test('B and "." blank the screen; B and Esc bring it back; moving does too', async ({ page }) => {
    await gotoPresent(page, presentHash('en', 6));
    await expect(blank(page)).toBeHidden();
    await expect(blank(page)).toHaveAttribute('hidden', '');

    await page.keyboard.press('b');
    await expect(blank(page)).toBeVisible();
    // It covers the whole window, in black.
    const box = await blank(page).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    expect(await blank(page).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
    await page.keyboard.press('b');
    await expect(blank(page)).toBeHidden();

    await page.keyboard.press('.');
    await expect(blank(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(blank(page)).toBeHidden();
    // Esc only brought the slide back; it did not leave.
    await expectSlide(page, 6, 'en');

    await page.keyboard.press('Shift+B');
    await expect(blank(page)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(blank(page)).toBeHidden();
    await expectSlide(page, 7, 'en');
  });

  test('Esc leaves for the explorer at the slide\'s step', async ({ page }) => {
    const index = INDEX_OF('collect-data');
    await gotoPresent(page, presentHash('en', partSlide(index, 'challenges')));
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/index\\.html#/en/step/${allSteps[index].id}$`));
    await expect(pageTitle(page)).toBeVisible();
    await expectStepShown(page, allSteps[index], 'en');
    // Back returns to the presentation, at the slide it left.
    await page.goBack();
    await expectSlide(page, partSlide(index, 'challenges'), 'en');
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, partSlide(index, 'conditions'), 'en');

    // From the opening, home.
    await gotoPresent(page, presentHash('fr', 1));
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/index\.html#\/fr$/);
    await expect(pageTitle(page)).toHaveText(exactly(content.title.fr));
  });

  test('F toggles fullscreen; Esc leaves fullscreen first, then the presenter', async ({
    page,
  }) => {
    const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    await gotoPresent(page, presentHash('en', 10));
    const button = barButton(page, 'en', 'fullscreen');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('f');
    await expect.poll(isFullscreen).toBe(true);
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('F');
    await expect.poll(isFullscreen).toBe(false);
    await expect(button).toHaveAttribute('aria-pressed', 'false');

    // The button does the same.
    await button.click();
    await expect.poll(isFullscreen).toBe(true);
    await expect(button).toHaveAttribute('aria-pressed', 'true');

    // Blanked in fullscreen: Esc unblanks, then leaves fullscreen, then leaves.
    await page.keyboard.press('b');
    await expect(blank(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(blank(page)).toBeHidden();
    expect(await isFullscreen()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(isFullscreen).toBe(false);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expectSlide(page, 10, 'en');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/index\\.html#/en/step/${allSteps[2].id}$`));
    await expectStepShown(page, allSteps[2], 'en');
  });
});

test.describe('the shortcuts dialog', () => {
  for (const lang of LANGS) {
    test(`? opens it; keys do not change slide while it is open; Esc closes it (${lang})`, async ({
      page,
    }) => {
      await gotoPresent(page, presentHash(lang, 5));
      const dialog = page.locator('dialog.shortcuts');
      await expect(dialog).toBeHidden();
      await page.keyboard.press('?');
      await expect(dialog).toBeVisible();
      await expect(page.getByRole('dialog', { name: SAY.shortcuts[lang], exact: true })).toBeVisible();
      await expect(
        dialog.getByRole('heading', { level: 2, name: SAY.shortcuts[lang], exact: true }),
      ).toBeVisible();
      expect(await dialog.locator('.shortcuts__row').count()).toBeGreaterThanOrEqual(8);
      await expect(dialog.locator('dt kbd').first()).toBeVisible();
      await expect(dialog.locator('dd')).toHaveCount(await dialog.locator('.shortcuts__row').count());

      for (const key of ['ArrowRight', 'ArrowLeft', 'End', 'Home', 'PageDown', '3', 'b']) {
        await page.keyboard.press(key);
      }
      await expect(dialog).toBeVisible();
      await expect(blank(page)).toBeHidden();
      await expectSlide(page, 5, lang);

      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // Esc only closed the dialog: still in the presentation, on the same slide.
      await expectSlide(page, 5, lang);
      await page.keyboard.press('ArrowRight');
      await expectSlide(page, 6, lang);
    });
  }

  test('the button opens it and its Close button closes it', async ({ page }) => {
    await gotoPresent(page, presentHash('en', 3));
    const opener = barButton(page, 'en', 'shortcuts');
    await opener.click();
    const dialog = page.getByRole('dialog', { name: SAY.shortcuts.en, exact: true });
    await expect(dialog).toBeVisible();
    const close = dialog.getByRole('button', { name: SAY.close.en, exact: true });
    await expect(close).toBeFocused();
    await close.click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
    await expectSlide(page, 3, 'en');
  });
});

test.describe('the projector theme at 1920 × 1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  /** Every element with text of its own in the slide (outside the figure), with its size and contrast. */
  async function slideText(page: Page) {
    return slide(page).evaluate((section) => {
      const parse = (color: string): [number, number, number, number] => {
        const m = color.match(/rgba?\(([^)]+)\)/);
        if (!m) throw new Error(`unreadable colour ${color}`);
        const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
        return [Number(r), Number(g), Number(b), Number(a)];
      };
      const luminance = ([r, g, b]: number[]) => {
        const lin = (c: number) => {
          const s = c / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
      };
      const background = (element: Element): number[] => {
        for (let el: Element | null = element; el; el = el.parentElement) {
          const color = parse(getComputedStyle(el).backgroundColor);
          if (color[3] > 0) return color;
        }
        return [255, 255, 255, 1];
      };
      const rows: { what: string; text: string; size: number; contrast: number }[] = [];
      for (const el of section.querySelectorAll('*')) {
        if (el.closest('svg')) continue;
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        if (!own) continue;
        const style = getComputedStyle(el);
        const fg = parse(style.color);
        const l1 = luminance(fg);
        const l2 = luminance(background(el));
        const contrast = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        rows.push({
          what: `${el.tagName.toLowerCase()}.${el.className}`,
          text: own.slice(0, 40),
          size: parseFloat(style.fontSize),
          contrast: Math.round(contrast * 100) / 100,
        });
      }
      return rows;
    });
  }

  const SLIDES: [string, number][] = [
    ['the opening', 1],
    ['a summary', summarySlide(3)],
    ['the foundation\'s summary', summarySlide(0)],
    ['a roles slide', partSlide(1, 'roles')],
    ['a conditions slide', partSlide(5, 'conditions')],
    ['a challenges slide', partSlide(7, 'challenges')],
    ['the closing', SLIDE_COUNT],
  ];
  for (const [label, n] of SLIDES) {
    test(`${label}: all its text is at least 28 px with a contrast of at least 7:1`, async ({
      page,
    }) => {
      await gotoPresent(page, presentHash('en', n));
      const rows = await slideText(page);
      // Not a vacuous check: the heading and the place line are among the texts measured.
      expect(rows.map((row) => row.what)).toEqual(
        expect.arrayContaining(['h1.slide__title', 'p.slide__place']),
      );
      if (n !== 1 && n !== SLIDE_COUNT) {
        // The tracker's current part is white on the accent colour.
        expect(rows.length).toBeGreaterThanOrEqual(5);
      }
      const small = rows.filter((row) => row.size < 28);
      const faint = rows.filter((row) => row.contrast < 7);
      expect(small, 'text under 28 px').toEqual([]);
      expect(faint, 'text under 7:1').toEqual([]);
    });
  }

  // On slides the figure draws only the steps' numbers and the hub's heading (the titles
  // are written out in HTML beside it), sized to stay at 28 px or more once scaled.
  for (const n of [1, summarySlide(0), summarySlide(2)]) {
    test(`the cycle figure's text on slide ${n} is at least 28 px as drawn`, async ({
      page,
    }) => {
      await gotoPresent(page, presentHash('en', n));
      const sizes = await slide(page)
        .locator('svg[role="img"] text')
        .evaluateAll((texts) =>
          texts.map((t) => {
            const scale = (t as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
            return { text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale };
          }),
        );
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.filter((entry) => entry.size < 28)).toEqual([]);
    });
  }
});

test.describe('accessibility (axe)', () => {
  for (const lang of LANGS) {
    const SLIDES: [string, number][] = [
      ['the opening', 1],
      ['a summary', summarySlide(2)],
      ['a part slide', partSlide(4, 'conditions')],
      ['the closing', SLIDE_COUNT],
    ];
    for (const [label, n] of SLIDES) {
      test(`no violation on ${label} (${lang})`, async ({ page }) => {
        await gotoPresent(page, presentHash(lang, n));
        await expectSlide(page, n, lang);
        await expectNoAxeViolations(page, `${label} (${lang})`);
      });
    }

    test(`no violation with the shortcuts dialog open (${lang})`, async ({ page }) => {
      await gotoPresent(page, presentHash(lang, 6));
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: SAY.shortcuts[lang] })).toBeVisible();
      await expectNoAxeViolations(page, `the shortcuts dialog (${lang})`);
    });

    test(`no violation while blanked (${lang})`, async ({ page }) => {
      await gotoPresent(page, presentHash(lang, 6));
      await page.keyboard.press('b');
      await expect(blank(page)).toBeVisible();
      await expectNoAxeViolations(page, `blanked (${lang})`);
    });

    for (const n of [1, partSlide(3, 'roles'), SLIDE_COUNT]) {
      test(`no violation on the speaker view at slide ${n} (${lang})`, async ({ page }) => {
        await gotoPresent(page, `#/${lang}/speaker/${n}`);
        await expect(page.locator('h1.speaker__title')).toHaveText(SAY.speakerTitle[lang]);
        await expect(page.locator('.speaker__progress')).toHaveText(exactly(slideOf(lang, n)));
        await expectNoAxeViolations(page, `the speaker view at ${n} (${lang})`);
      });
    }
  }
});

test.describe('the ways into the presentation from the explorer', () => {
  const PRESENT_STEP = { fr: 'Présenter cette étape', en: 'Present this step' } as const;
  function presentStep(page: Page, lang: Lang) {
    return details(page).getByRole('link', { name: PRESENT_STEP[lang], exact: true });
  }

  test('the page for trainers starts at the opening slide', async ({ page }) => {
    await gotoRoute(page, '#/en/trainers');
    const link = page.locator('main').getByRole('link', { name: 'Start the presentation', exact: true });
    await expect(link).toHaveAttribute('href', 'present.html#/en/present/1');
    await link.click();
    await expectSlide(page, 1, 'en');
    await expect(slideTitle(page)).toHaveText(exactly(content.title.en));
  });

  for (const lang of LANGS) {
    test(`"Present this step" starts at that step's summary slide (${lang})`, async ({ page }) => {
      for (const [index, step] of allSteps.entries()) {
        await gotoRoute(page, `#/${lang}/step/${step.id}`);
        await expect(presentStep(page, lang)).toHaveAttribute(
          'href',
          `present.html#/${lang}/present/${summarySlide(index)}`,
        );
      }
      // Following it opens the step's summary.
      const index = INDEX_OF('interpret-knowledge');
      await gotoRoute(page, `#/${lang}/step/${allSteps[index].id}/roles`);
      await presentStep(page, lang).click();
      await expectSlide(page, summarySlide(index), lang);
      await expect(slideTitle(page)).toHaveText(exactly(allSteps[index].title[lang]));
    });
  }

  test('it follows the step chosen in the explorer', async ({ page }) => {
    await gotoRoute(page, '#/en/step/collect-data');
    await expect(presentStep(page, 'en')).toHaveAttribute('href', `present.html#/en/present/${summarySlide(2)}`);
    await details(page).getByRole('link', { name: /Next step/ }).click();
    await expectStepShown(page, allSteps[3], 'en');
    await expect(presentStep(page, 'en')).toHaveAttribute('href', `present.html#/en/present/${summarySlide(3)}`);
  });
});
