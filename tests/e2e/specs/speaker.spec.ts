// The speaker view (present.html#/<lang>/speaker/<n>): the slide on screen, the next one,
// the step's discussion questions from the content, and a timer with pause and reset;
// it follows the audience window and leads it, both ways, by keys and buttons; either
// window keeps working when the other closes; the language switch keeps the slide; the
// presenter's link opens it at the current slide.

import type { Page } from '@playwright/test';

import {
  allSteps,
  collectErrors,
  content,
  exactly,
  expect,
  expectedSlide,
  expectSlide,
  gotoPresent,
  LANGS,
  partSlide,
  presentHash,
  questionsOf,
  SAY,
  SLIDE_COUNT,
  slideOf,
  summarySlide,
  test,
  type Lang,
} from './fixtures';

function speakerHash(lang: Lang, n: number): string {
  return `#/${lang}/speaker/${n}`;
}

function current(page: Page) {
  return page.locator('section.speaker__current');
}

function coming(page: Page) {
  return page.locator('section.speaker__next');
}

function questions(page: Page) {
  return page.locator('section.speaker__questions');
}

function speakerBar(page: Page, lang: Lang) {
  return page.locator('nav.speaker__bar').and(
    page.getByRole('navigation', { name: SAY.controls[lang], exact: true }),
  );
}

function speakerButton(page: Page, lang: Lang, name: 'previousSlide' | 'nextSlide') {
  return speakerBar(page, lang).getByRole('button', { name: SAY[name][lang], exact: true });
}

function timer(page: Page) {
  return page.locator('time.timer__clock[role="timer"]');
}

/** Asserts the speaker view shows slide `n` in `lang`: address, progress, this slide and the next. */
async function expectSpeakerAt(page: Page, n: number, lang: Lang): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`present\\.html#/${lang}/speaker/${n}$`));
  await expect(page.locator('h1.speaker__title')).toHaveText(exactly(SAY.speakerTitle[lang]));
  await expect(page.locator('p.speaker__progress')).toHaveText(exactly(slideOf(lang, n)));
  await expect(current(page).locator('h3.slide__title')).toHaveText(
    exactly(expectedSlide(n, lang).title),
  );
  if (n < SLIDE_COUNT) {
    await expect(coming(page).locator('h3.slide__title')).toHaveText(
      exactly(expectedSlide(n + 1, lang).title),
    );
  } else {
    await expect(coming(page).locator('h3.slide__title')).toHaveCount(0);
    await expect(coming(page)).toContainText(SAY.endOfDeck[lang]);
  }
}

/** Asserts the questions section lists the questions of `index`'s step, or says there are none. */
async function expectQuestions(page: Page, index: number | null, lang: Lang): Promise<void> {
  await expect(
    questions(page).getByRole('heading', { level: 2, name: SAY.questions[lang], exact: true }),
  ).toBeVisible();
  if (index === null) {
    await expect(questions(page).locator('li')).toHaveCount(0);
    await expect(questions(page)).toContainText(SAY.noQuestions[lang]);
    return;
  }
  const step = allSteps[index];
  const expected = questionsOf(step);
  expect(expected.length, `${step.id} has questions in the content`).toBeGreaterThan(0);
  await expect(questions(page).locator('.speaker__step')).toHaveText(exactly(step.title[lang]));
  await expect(questions(page).locator('ol > li')).toHaveText(
    expected.map((question) => exactly(question[lang])),
  );
  await expect(questions(page)).not.toContainText(SAY.noQuestions[lang]);
}

for (const lang of LANGS) {
  test(`it shows the slide on screen, the next one and each step's questions (${lang})`, async ({
    page,
  }) => {
    await gotoPresent(page, speakerHash(lang, 1));
    await expect(page).toHaveTitle(new RegExp(`^${SAY.speakerTitle[lang]} · `));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    // The previews are not the page's headings: one h1, the view's own.
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.locator('#slide-title')).toHaveCount(0);
    await expect(
      current(page).getByRole('heading', { level: 2, name: SAY.onScreen[lang], exact: true }),
    ).toBeVisible();
    await expect(
      coming(page).getByRole('heading', { level: 2, name: SAY.comingUp[lang], exact: true }),
    ).toBeVisible();

    // The opening: the roadmap, then the foundation's summary; no questions.
    await expectSpeakerAt(page, 1, lang);
    await expect(current(page).locator('h3.slide__title')).toHaveText(exactly(content.title[lang]));
    await expectQuestions(page, null, lang);
    await expect(speakerButton(page, lang, 'previousSlide')).toBeDisabled();

    // Each step's summary and parts carry its questions.
    for (const [index] of allSteps.entries()) {
      await page.keyboard.press(String(index));
      await expectSpeakerAt(page, summarySlide(index), lang);
      await expectQuestions(page, index, lang);
      await expect(current(page).locator('svg[role="img"] .cycle__node--selected')).toHaveCount(1);
    }
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSpeakerAt(page, partSlide(2, 'conditions'), lang);
    await expectQuestions(page, 2, lang);
    await expect(current(page).locator('li.slide__item strong')).toHaveText(
      allSteps[2].conditions.map((item) => exactly(item.title[lang])),
    );
    await expect(coming(page).locator('li.slide__item strong')).toHaveText(
      allSteps[2].challenges.map((item) => exactly(item.title[lang])),
    );

    // The last step's challenges, then the closing: the end of the deck, no questions.
    const last = allSteps.length - 1;
    await page.keyboard.press(String(last));
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expectSpeakerAt(page, partSlide(last, 'challenges'), lang);
    await expect(coming(page).locator('h3.slide__title')).toHaveText(exactly(SAY.closingTitle[lang]));
    await page.keyboard.press('ArrowRight');
    await expectSpeakerAt(page, SLIDE_COUNT, lang);
    await expectQuestions(page, null, lang);
    await expect(speakerButton(page, lang, 'nextSlide')).toBeDisabled();
  });
}

test('the timer counts from 00:00 on its own', async ({ page }) => {
  await gotoPresent(page, speakerHash('en', 6));
  await expect(timer(page)).toBeVisible();
  await expect(timer(page)).toHaveText(/^00:0[0-2]$/);
  await expect(timer(page)).toHaveText(/^00:0[1-9]$/, { timeout: 5_000 });
  await expect(timer(page)).toHaveAttribute('datetime', /^PT0H0M[1-9]S$/);
});

test('Pause stops the timer and starts it again; Reset sets it back to 00:00', async ({
  page,
}) => {
  // A controlled clock: the timer reads the time, so we move the time.
  const start = new Date('2025-03-01T09:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 1_000));
  await gotoPresent(page, speakerHash('en', 6));
  const pause = page.getByRole('button', { name: SAY.pause.en, exact: true });
  const reset = page.getByRole('button', { name: SAY.reset.en, exact: true });
  await expect(timer(page)).toHaveText('00:00');
  await expect(pause).toHaveAttribute('aria-pressed', 'false');

  await page.clock.runFor(65_000);
  await expect(timer(page)).toHaveText('01:05');
  await expect(timer(page)).toHaveAttribute('datetime', 'PT0H1M5S');

  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await page.clock.runFor(120_000);
  await expect(timer(page)).toHaveText('01:05');

  await pause.click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await page.clock.runFor(3_000);
  await expect(timer(page)).toHaveText('01:08');

  await reset.click();
  await expect(timer(page)).toHaveText('00:00');
  await page.clock.runFor(2_000);
  await expect(timer(page)).toHaveText('00:02');

  // Reset while paused: 00:00, and it stays there until started again.
  await pause.click();
  await reset.click();
  await expect(timer(page)).toHaveText('00:00');
  await page.clock.runFor(10_000);
  await expect(timer(page)).toHaveText('00:00');
  await pause.click();
  await page.clock.runFor(4_000);
  await expect(timer(page)).toHaveText('00:04');

  // Moving between slides and switching the language do not reset it.
  await page.keyboard.press('ArrowRight');
  await expectSpeakerAt(page, 7, 'en');
  await speakerBar(page, 'en').getByRole('link', { name: SAY.switchTo.en, exact: true }).click();
  await expectSpeakerAt(page, 7, 'fr');
  await expect(timer(page)).toHaveText('00:04');
  await page.clock.runFor(1_000);
  await expect(timer(page)).toHaveText('00:05');
  await expect(page.getByRole('button', { name: SAY.reset.fr, exact: true })).toBeVisible();
});

test('the audience follows the speaker and the speaker follows the audience', async ({
  page,
  context,
}) => {
  await gotoPresent(page, presentHash('en', 1));
  const speaker = await context.newPage();
  const speakerErrors = collectErrors(speaker);
  await speaker.goto(`/present.html${speakerHash('en', 1)}`);
  await expectSpeakerAt(speaker, 1, 'en');

  // The audience leads.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, 'en');
  await expectSpeakerAt(speaker, 2, 'en');
  await page.keyboard.press('3');
  await expectSpeakerAt(speaker, summarySlide(3), 'en');
  await page.getByRole('button', { name: SAY.nextSlide.en, exact: true }).click();
  await expectSpeakerAt(speaker, summarySlide(3) + 1, 'en');

  // The speaker leads.
  await speaker.keyboard.press('ArrowRight');
  await expectSpeakerAt(speaker, summarySlide(3) + 2, 'en');
  await expectSlide(page, summarySlide(3) + 2, 'en');
  await speakerButton(speaker, 'en', 'nextSlide').click();
  await expectSlide(page, summarySlide(3) + 3, 'en');
  await speakerButton(speaker, 'en', 'previousSlide').click();
  await expectSlide(page, summarySlide(3) + 2, 'en');
  await speaker.keyboard.press('End');
  await expectSlide(page, SLIDE_COUNT, 'en');
  await speaker.keyboard.press('5');
  await expectSlide(page, summarySlide(5), 'en');
  await speaker.keyboard.press('Home');
  await expectSlide(page, 1, 'en');

  // And back to the audience.
  await page.keyboard.press('End');
  await expectSpeakerAt(speaker, SLIDE_COUNT, 'en');
  await page.keyboard.press('PageUp');
  await expectSpeakerAt(speaker, SLIDE_COUNT - 1, 'en');
  await expectSlide(page, SLIDE_COUNT - 1, 'en');

  // Blanking and leaving belong to the audience window: B and Esc in the speaker view
  // neither blank the audience nor leave; and a blanked audience keeps following.
  await speaker.keyboard.press('b');
  await speaker.keyboard.press('Escape');
  await expect(page.locator('.presenter__blank')).toBeHidden();
  await expectSpeakerAt(speaker, SLIDE_COUNT - 1, 'en');
  await page.keyboard.press('b');
  await expect(page.locator('.presenter__blank')).toBeVisible();
  await speaker.keyboard.press('ArrowLeft');
  await expectSlide(page, SLIDE_COUNT - 2, 'en');

  expect(speakerErrors).toEqual([]);
});

test('the two windows follow each other in different languages', async ({ page, context }) => {
  await gotoPresent(page, presentHash('en', 6));
  const speaker = await context.newPage();
  const speakerErrors = collectErrors(speaker);
  await speaker.goto(`/present.html${speakerHash('fr', 6)}`);
  await expectSpeakerAt(speaker, 6, 'fr');
  await page.keyboard.press('ArrowRight');
  await expectSpeakerAt(speaker, 7, 'fr');
  await speaker.keyboard.press('ArrowRight');
  await expectSlide(page, 8, 'en');
  expect(speakerErrors).toEqual([]);
});

test('a window opened at another slide joins the presentation where it is, and the room\'s screen stays', async ({
  page,
  context,
}) => {
  await gotoPresent(page, presentHash('en', 6));
  const speaker = await context.newPage();
  const speakerErrors = collectErrors(speaker);
  await speaker.goto(`/present.html${speakerHash('en', 2)}`);
  // The new window asks where the presentation is and goes there.
  await expectSpeakerAt(speaker, 6, 'en');
  await expectSlide(page, 6, 'en');
  await speaker.keyboard.press('ArrowRight');
  await expectSlide(page, 7, 'en');
  expect(speakerErrors).toEqual([]);
});

test('closing the speaker view leaves the presenter working', async ({ page, context }) => {
  await gotoPresent(page, presentHash('en', 5));
  const speaker = await context.newPage();
  const speakerErrors = collectErrors(speaker);
  await speaker.goto(`/present.html${speakerHash('en', 5)}`);
  await expectSpeakerAt(speaker, 5, 'en');
  await speaker.keyboard.press('ArrowRight');
  await expectSlide(page, 6, 'en');
  await speaker.close();

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 7, 'en');
  await page.getByRole('button', { name: SAY.previousSlide.en, exact: true }).click();
  await expectSlide(page, 6, 'en');
  await page.keyboard.press('End');
  await expectSlide(page, SLIDE_COUNT, 'en');
  expect(speakerErrors).toEqual([]);
});

test('closing the presenter leaves the speaker view working', async ({ page, context }) => {
  await gotoPresent(page, presentHash('en', 5));
  const speaker = await context.newPage();
  const speakerErrors = collectErrors(speaker);
  await speaker.goto(`/present.html${speakerHash('en', 5)}`);
  await expectSpeakerAt(speaker, 5, 'en');
  await page.keyboard.press('ArrowRight');
  await expectSpeakerAt(speaker, 6, 'en');
  await page.close();

  await speaker.keyboard.press('ArrowRight');
  await expectSpeakerAt(speaker, 7, 'en');
  await speakerButton(speaker, 'en', 'nextSlide').click();
  await expectSpeakerAt(speaker, 8, 'en');
  await speakerButton(speaker, 'en', 'previousSlide').click();
  await expectSpeakerAt(speaker, 7, 'en');
  await expectQuestions(speaker, 1, 'en');
  await expect(timer(speaker)).toHaveText(/^\d\d:\d\d$/);
  expect(speakerErrors).toEqual([]);
});

test('the language link keeps the slide', async ({ page }) => {
  const n = partSlide(1, 'roles');
  await gotoPresent(page, speakerHash('fr', n));
  await expectSpeakerAt(page, n, 'fr');
  await expectQuestions(page, 1, 'fr');
  await speakerBar(page, 'fr').getByRole('link', { name: SAY.switchTo.fr, exact: true }).click();
  await expectSpeakerAt(page, n, 'en');
  await expectQuestions(page, 1, 'en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(new RegExp(`^${SAY.speakerTitle.en} · `));
  await speakerBar(page, 'en').getByRole('link', { name: SAY.switchTo.en, exact: true }).click();
  await expectSpeakerAt(page, n, 'fr');
});

test('the presenter\'s speaker link opens the speaker view at the current slide', async ({
  page,
  context,
}) => {
  await gotoPresent(page, presentHash('en', 1));
  await page.keyboard.press('2');
  await expectSlide(page, summarySlide(2), 'en');
  const link = page.getByRole('link', { name: SAY.speakerLink.en, exact: true });
  const [speaker] = await Promise.all([context.waitForEvent('page'), link.click()]);
  const speakerErrors = collectErrors(speaker);
  await expectSpeakerAt(speaker, summarySlide(2), 'en');
  await expectQuestions(speaker, 2, 'en');
  // The presenter stays where it was, and the two windows are linked.
  await expectSlide(page, summarySlide(2), 'en');
  await speaker.keyboard.press('ArrowRight');
  await expectSlide(page, summarySlide(2) + 1, 'en');
  await page.keyboard.press('ArrowRight');
  await expectSpeakerAt(speaker, summarySlide(2) + 2, 'en');

  // The link names its window: following it again reuses the speaker's window.
  await page.keyboard.press('4');
  await expectSpeakerAt(speaker, summarySlide(4), 'en');
  await link.click();
  await expectSpeakerAt(speaker, summarySlide(4), 'en');
  expect(context.pages()).toHaveLength(2);
  expect(speakerErrors).toEqual([]);
});

test('where the browser cannot link the windows, the speaker view says so and still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (window as unknown as { BroadcastChannel?: unknown }).BroadcastChannel;
  });
  await gotoPresent(page, speakerHash('en', 6));
  await expect(page.locator('p.speaker__note')).toHaveText(
    'This browser cannot link the two windows: change slides in each one.',
  );
  await page.keyboard.press('ArrowRight');
  await expectSpeakerAt(page, 7, 'en');
});

test('where the windows are linked, there is no such note', async ({ page }) => {
  await gotoPresent(page, speakerHash('en', 6));
  await expectSpeakerAt(page, 6, 'en');
  await expect(page.locator('p.speaker__note')).toHaveCount(0);
});

test('a number past the end shows the last slide', async ({ page }) => {
  await gotoPresent(page, speakerHash('en', 99));
  await expect(page.locator('p.speaker__progress')).toHaveText(exactly(slideOf('en', SLIDE_COUNT)));
  await expect(current(page).locator('h3.slide__title')).toHaveText(exactly(SAY.closingTitle.en));
  await expect(coming(page)).toContainText(SAY.endOfDeck.en);
  await page.keyboard.press('ArrowLeft');
  await expectSpeakerAt(page, SLIDE_COUNT - 1, 'en');
});

test('a number past the end is corrected in the address, as in the presenter', async ({
  page,
}) => {
  await gotoPresent(page, speakerHash('en', 99));
  await expectSpeakerAt(page, SLIDE_COUNT, 'en');
});
