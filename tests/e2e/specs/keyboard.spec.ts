// The cycle by keyboard alone: one Tab stop in the diagram, arrows move the focus around
// the loop (roving tabindex), Home/End go to the ends, Enter and Space open a step. On
// narrow screens, the list of links works with Tab and Enter.

import type { Locator, Page } from '@playwright/test';

import {
  allSteps,
  detailsHeading,
  diagram,
  expect,
  expectStepShown,
  gotoRoute,
  LANGS,
  listLink,
  node,
  nodeName,
  stepList,
  test,
  type Lang,
} from './fixtures';

/** Whether the focused element is inside `container`. */
async function focusIsIn(container: Locator): Promise<boolean> {
  return container.evaluate((element) => element.contains(document.activeElement));
}

/** Presses Tab from the top of the page until the focus enters `container`; returns how many. */
async function tabInto(page: Page, container: Locator, max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab');
    if (await focusIsIn(container)) return presses;
  }
  throw new Error(`the focus did not enter the container after ${max} presses of Tab`);
}

/** The nodes that are in the Tab order (tabindex=0): there must be exactly one. */
function tabStops(page: Page): Locator {
  return diagram(page).locator('[role="button"][tabindex="0"]');
}

/** Asserts `step`'s node has the focus and is the one Tab stop of the diagram. */
async function expectFocusOn(page: Page, index: number, lang: Lang): Promise<void> {
  const target = node(page, allSteps[index], lang);
  await expect(target).toBeFocused();
  await expect(tabStops(page)).toHaveCount(1);
  await expect(target).toHaveAttribute('tabindex', '0');
}

test.describe('the diagram at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const lang of LANGS) {
    for (const [index, step] of allSteps.entries()) {
      test(`${lang}: ${step.id} opens by keyboard alone from the top of the page`, async ({
        page,
      }) => {
        await gotoRoute(page, `#/${lang}`);
        await tabInto(page, diagram(page));
        // With nothing selected, the one Tab stop is step 1.
        const start = 1;
        await expectFocusOn(page, start, lang);
        // The shortest way round the loop to the step.
        const forward = (index - start + allSteps.length) % allSteps.length;
        const backward = allSteps.length - forward;
        const [key, presses] =
          forward <= backward ? ['ArrowRight', forward] : ['ArrowLeft', backward];
        for (let i = 0; i < presses; i += 1) await page.keyboard.press(key);
        await expectFocusOn(page, index, lang);
        await page.keyboard.press(index % 2 === 0 ? 'Enter' : ' ');
        await expectStepShown(page, step, lang);
        await expect(node(page, step, lang)).toHaveAttribute('aria-current', 'step');
        // Opening a step lands on it: the focus goes to its title, and its node stays the
        // diagram's Tab stop, one Shift+Tab away.
        await expect(page.locator('#step-title')).toBeFocused();
        await expect(tabStops(page)).toHaveCount(1);
        await page.keyboard.press('Shift+Tab');
        await expectFocusOn(page, index, lang);
      });
    }
  }

  test('the focus enters the diagram on step 1, with a visible focus ring', async ({ page }) => {
    await gotoRoute(page, '#/en');
    await tabInto(page, diagram(page));
    await expectFocusOn(page, 1, 'en');
    const focused = node(page, allSteps[1], 'en');
    expect(await focused.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    // The ring drawn around the focused node is painted; the others' are not.
    const ringStroke = (locator: Locator) =>
      locator.locator('circle.cycle__focus').evaluate((el) => getComputedStyle(el).stroke);
    expect(await ringStroke(focused)).not.toBe('none');
    expect(await ringStroke(node(page, allSteps[2], 'en'))).toBe('none');
  });

  test('arrows move the focus around the loop, in both directions, and wrap', async ({ page }) => {
    await gotoRoute(page, '#/en');
    await tabInto(page, diagram(page));
    const n = allSteps.length;
    let index = 1;
    await expectFocusOn(page, index, 'en');
    // Once and a bit around with ArrowRight (steps 2..7, the foundation, step 1, step 2).
    for (let i = 0; i < n + 1; i += 1) {
      await page.keyboard.press('ArrowRight');
      index = (index + 1) % n;
      await expectFocusOn(page, index, 'en');
    }
    // ArrowDown goes the same way as ArrowRight.
    await page.keyboard.press('ArrowDown');
    index = (index + 1) % n;
    await expectFocusOn(page, index, 'en');
    // Back round the other way with ArrowLeft, past the foundation to step 7.
    for (let i = 0; i < n + 1; i += 1) {
      await page.keyboard.press('ArrowLeft');
      index = (index - 1 + n) % n;
      await expectFocusOn(page, index, 'en');
    }
    // ArrowUp goes the same way as ArrowLeft.
    await page.keyboard.press('ArrowUp');
    index = (index - 1 + n) % n;
    await expectFocusOn(page, index, 'en');
    // Moving the focus does not open anything.
    await expect(page).toHaveURL(/#\/en$/);
  });

  test('Home and End go to the foundation and the last step', async ({ page }) => {
    await gotoRoute(page, '#/en');
    await tabInto(page, diagram(page));
    await page.keyboard.press('End');
    await expectFocusOn(page, allSteps.length - 1, 'en');
    await page.keyboard.press('Home');
    await expectFocusOn(page, 0, 'en');
    // ArrowLeft from the foundation wraps to the last step.
    await page.keyboard.press('ArrowLeft');
    await expectFocusOn(page, allSteps.length - 1, 'en');
  });

  test('Enter and Space open the focused step, and land on it', async ({ page }) => {
    await gotoRoute(page, '#/en');
    await tabInto(page, diagram(page));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expectStepShown(page, allSteps[2], 'en');
    await expect(page.locator('#step-title')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    await expectStepShown(page, allSteps[0], 'en');
    await expect(node(page, allSteps[0], 'en')).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('#step-title')).toBeFocused();
    await expect(page.locator('#step-title')).toBeInViewport();
    // The whole diagram is still in view beside it.
    await expect(diagram(page)).toBeInViewport({ ratio: 0.99 });
  });

  test('the diagram is one Tab stop: Tab and Shift+Tab leave it', async ({ page }) => {
    await gotoRoute(page, '#/en');
    const svg = diagram(page);
    await tabInto(page, svg);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectFocusOn(page, 3, 'en');
    await page.keyboard.press('Tab');
    expect(await focusIsIn(svg)).toBe(false);
    // Shift+Tab comes back to the node that had the focus, not to another node.
    await page.keyboard.press('Shift+Tab');
    await expectFocusOn(page, 3, 'en');
    await page.keyboard.press('Shift+Tab');
    expect(await focusIsIn(svg)).toBe(false);
  });

  test('the Tab stop follows the selected step', async ({ page }) => {
    await gotoRoute(page, '#/en/step/implement-change');
    const index = allSteps.findIndex((step) => step.id === 'implement-change');
    await expect(tabStops(page)).toHaveCount(1);
    await expect(tabStops(page)).toHaveAccessibleName(nodeName(allSteps[index], 'en'));
    await tabInto(page, diagram(page));
    await expectFocusOn(page, index, 'en');
  });
});

test.describe('the list of steps at 375 px', () => {
  // Instant scrolling: the journey goes through every step.
  test.use({ viewport: { width: 375, height: 740 }, reducedMotion: 'reduce' });

  for (const lang of LANGS) {
    test(`Tab and Enter open every step from the list (${lang})`, async ({ page }) => {
      for (const [index, step] of allSteps.entries()) {
        await gotoRoute(page, `#/${lang}`);
        const list = stepList(page, lang);
        await expect(list).toBeVisible();
        await tabInto(page, list);
        for (let presses = 0; presses < index; presses += 1) await page.keyboard.press('Tab');
        const link = listLink(page, step, lang);
        await expect(link).toBeFocused();
        await page.keyboard.press('Enter');
        await expectStepShown(page, step, lang);
        await expect(link).toHaveAttribute('aria-current', 'step');
        // On a phone the details are below the list: the reader and the focus go there.
        const heading = detailsHeading(page, step, lang);
        await expect(heading).toBeFocused();
        await expect(heading).toBeInViewport();
      }
    });
  }
});

test('the skip link is the first Tab stop and moves the focus to the main content', async ({
  page,
}) => {
  // A page that is not a step (a step's page lands the focus on the step itself).
  await gotoRoute(page, '#/en/glossary');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // The address is still the page's (the skip link is not a route).
  await expect(page).toHaveURL(/#\/en\/glossary$/);
  // The next Tab goes into the main content, not back to the header.
  await page.keyboard.press('Tab');
  expect(await page.locator('main#main').evaluate((main) => main.contains(document.activeElement))).toBe(true);
});
