// The embedded explorer on a host page from another origin (tests/e2e/hosts, served on
// port 8090; the explorer is on 8089): the iframe follows the content's height without
// moving the host page, options and host messages take effect, foreign messages are
// ignored, two embeds size independently, a sandboxed iframe without storage works, and
// axe finds nothing inside the embed.

import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from '@playwright/test';
import {
  content,
  exactly,
  expect,
  expectNoAxeViolations,
  test,
  UI,
  PAGE_TITLE,
} from './fixtures';

const HOST = 'http://127.0.0.1:8090';
const EMBED_SCRIPT = fileURLToPath(new URL('../../../dist/embed.js', import.meta.url));

/**
 * The explorer's frame inside the host element `selector`, once the app has rendered.
 * The iframe is scrolled into view first: browsers load lazy iframes and render
 * cross-origin ones (and so report their size) only near the viewport.
 */
async function embedIn(page: Page, selector: string): Promise<Frame> {
  const iframe = page.locator(`${selector} iframe, iframe${selector}`).first();
  await iframe.scrollIntoViewIfNeeded();
  const element = await iframe.elementHandle();
  const frame = await element?.contentFrame();
  if (!frame) throw new Error(`no embed in ${selector}`);
  await expect(frame.locator(PAGE_TITLE)).toBeVisible();
  return frame;
}

/** The iframe's height on the host page and the height of the content inside it. */
async function heights(page: Page, selector: string, frame: Frame) {
  const iframe = await page.locator(`${selector} iframe, iframe${selector}`).first().boundingBox();
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer: iframe?.height ?? 0, inner };
}

/** Waits until the iframe is as tall as its content, within 2 px. */
async function expectFitted(page: Page, selector: string, frame: Frame) {
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(page, selector, frame);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(2);
}

test.describe('one embed on a host page', () => {
  test('the iframe follows the content after load, a step change and a resize', async ({
    page,
  }) => {
    await page.goto(`${HOST}/one.html`);
    const frame = await embedIn(page, '#roadmap');
    const collect = content.steps[1];
    await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(collect.title.fr),
    );
    await expectFitted(page, '#roadmap', frame);

    // A much shorter screen, then a step again.
    await frame.evaluate(() => {
      location.hash = '#/fr/credits';
    });
    await expect(frame.locator(PAGE_TITLE)).toHaveText(UI.credits.fr);
    await expectFitted(page, '#roadmap', frame);
    await frame.evaluate(() => {
      location.hash = '#/fr/step/implement-change';
    });
    // The frame shrank to the credits' height, and the host page's scroll position may
    // have been clamped past it: a reader scrolls back to it, and a browser renders (and
    // measures) a cross-origin frame only near the view.
    await page.locator('#roadmap iframe').scrollIntoViewIfNeeded();
    await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(content.steps[5].title.fr),
    );
    await expectFitted(page, '#roadmap', frame);

    await page.setViewportSize({ width: 420, height: 800 });
    await expectFitted(page, '#roadmap', frame);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectFitted(page, '#roadmap', frame);
  });

  test('the host page never scrolls or takes a jump because of the embed', async ({ page }) => {
    await page.goto(`${HOST}/one.html`);
    const frame = await embedIn(page, '#roadmap');
    await expectFitted(page, '#roadmap', frame);
    await page.evaluate(() => window.scrollTo(0, 300));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);

    // The host steers the embed to a step and a part: the height changes, the host stays.
    const iframe = page.locator('#roadmap iframe');
    await iframe.evaluate((element: HTMLIFrameElement) => {
      element.contentWindow?.postMessage({ type: 'lhs-roadmap:set', step: 'co-design-change' }, '*');
    });
    await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(content.steps[4].title.fr),
    );
    await frame.evaluate(() => {
      location.hash = '#/fr/step/co-design-change/challenges';
    });
    await expectFitted(page, '#roadmap', frame);
    expect(await page.evaluate(() => window.scrollY)).toBe(300);
    // Nor did the embed take the focus.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  });

  test('the embed shows no header or footer, and links to the full explorer at the same step', async ({
    page,
  }) => {
    await page.goto(`${HOST}/one.html`);
    const frame = await embedIn(page, '#roadmap');
    await expect(frame.locator('header.header')).toHaveCount(0);
    await expect(frame.locator('footer.footer')).toHaveCount(0);
    await expect(frame.locator('.explorer__tools')).toBeHidden();
    const link = frame.locator('.embed-bar a');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('href', 'index.html#/fr/step/collect-data');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe('http://127.0.0.1:8089/index.html#/fr/step/collect-data');
    await expect(tab.locator('header.header')).toBeVisible();
    await tab.close();
  });

  test('the host sets the language, theme and step; invalid values change nothing', async ({
    page,
  }) => {
    await page.goto(`${HOST}/one.html`);
    const frame = await embedIn(page, '#roadmap');
    const send = (message: unknown) =>
      page.locator('#roadmap iframe').evaluate((element: HTMLIFrameElement, data) => {
        element.contentWindow?.postMessage(data, '*');
      }, message);

    await send({ type: 'lhs-roadmap:set', lang: 'en', theme: 'dark', step: 'analyze-data' });
    await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(content.steps[2].title.en),
    );
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = () =>
      frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(17, 24, 29)');

    await send({ type: 'lhs-roadmap:set', theme: 'light' });
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background()).toBe('rgb(255, 255, 255)');

    // Invalid values and other message types are ignored.
    await send({ type: 'lhs-roadmap:set', lang: 'de', theme: 'purple', step: '../../etc' });
    await send({ type: 'something-else', step: 'collect-data' });
    await send('lhs-roadmap:set');
    // A well-formed step the content does not have leads home, not to an error.
    await send({ type: 'lhs-roadmap:set', step: 'no-such-step' });
    await expect(frame.locator(PAGE_TITLE)).toHaveText(exactly(content.title.en));
    await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('the embed announces the step when the reader changes it', async ({ page }) => {
    await page.goto(`${HOST}/one.html`);
    await page.evaluate(() => {
      (window as unknown as { steps: unknown[] }).steps = [];
      addEventListener('message', (event) => {
        if (event.data && event.data.type === 'lhs-roadmap:step') {
          (window as unknown as { steps: unknown[] }).steps.push(event.data.step);
        }
      });
    });
    const frame = await embedIn(page, '#roadmap');
    const analyze = content.steps[2];
    await frame
      .locator('svg[role="group"]')
      .getByRole('button', { name: `Étape 3 sur 7 : ${analyze.title.fr}`, exact: true })
      .click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { steps: unknown[] }).steps))
      .toEqual(['analyze-data']);
  });

  test('messages from other windows are ignored, both ways', async ({ page }) => {
    await page.goto(`${HOST}/one.html`);
    const frame = await embedIn(page, '#roadmap');
    await expectFitted(page, '#roadmap', frame);
    const before = (await heights(page, '#roadmap', frame)).outer;

    // The host page's own window claims a height: embed.js takes heights only from its iframes.
    await page.evaluate(() => {
      window.postMessage({ type: 'lhs-roadmap:resize', height: 50 }, '*');
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 50 }, '*');
    });
    // The embed's own window (not its parent) asks for another step: ignored.
    await frame.evaluate(() => {
      window.postMessage({ type: 'lhs-roadmap:set', step: 'evaluate-share', lang: 'en' }, '*');
    });
    // Give both messages a turn of the event loop, then check nothing moved.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect((await heights(page, '#roadmap', frame)).outer).toBe(before);
    await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(content.steps[1].title.fr),
    );
  });
});

test.describe('the keyboard in an embed', () => {
  test('arrows move around the cycle only while it has the focus, and Tab leaves the embed', async ({
    page,
  }) => {
    await page.goto(`${HOST}/one.html`);
    const frame = await embedIn(page, '#roadmap');
    const hash = () => frame.evaluate(() => location.hash);
    const before = await hash();
    await frame.locator('.embed-bar a').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await hash()).toBe(before);

    // In the diagram, arrows move the focus between steps.
    const collect = content.steps[1];
    const analyze = content.steps[2];
    await frame
      .getByRole('button', { name: `Étape 2 sur 7 : ${collect.title.fr}`, exact: true })
      .focus();
    await page.keyboard.press('ArrowRight');
    await expect(
      frame.getByRole('button', { name: `Étape 3 sur 7 : ${analyze.title.fr}`, exact: true }),
    ).toBeFocused();

    // Tab goes on through the embed and out of it, to the host's next link.
    let left = false;
    for (let i = 0; i < 300 && !left; i += 1) {
      await page.keyboard.press('Tab');
      left = await page.evaluate(() => document.activeElement?.id === 'after');
    }
    expect(left).toBe(true);
  });
});

test.describe('two embeds on one page', () => {
  test('each follows its own content and options', async ({ page }) => {
    await page.goto(`${HOST}/two.html`);
    const first = await embedIn(page, '#first');
    const second = await embedIn(page, '#second');
    await expectFitted(page, '#first', first);
    await expectFitted(page, '#second', second);
    const a = await heights(page, '#first', first);
    const b = await heights(page, '#second', second);
    expect(Math.abs(a.outer - b.outer)).toBeGreaterThan(2);

    // First: English, the list of steps even on a wide screen, light, home.
    await expect(first.locator('html')).toHaveAttribute('lang', 'en');
    await expect(first.getByRole('navigation', { name: UI.stepList.en })).toBeVisible();
    await expect(first.locator('svg[role="group"]')).toBeHidden();
    await expect(first.locator(PAGE_TITLE)).toHaveText(exactly(content.title.en));

    // Second: French, the last step, dark, the diagram, the host's yellow made readable.
    await expect(second.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(second.locator('svg[role="group"]')).toBeVisible();
    await expect(second.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(content.steps[6].title.fr),
    );
    const primary = await second.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim(),
    );
    expect(primary).toBe('#ffcc00');

    // A step change in one resizes that one only.
    const otherBefore = (await heights(page, '#second', second)).outer;
    await first.evaluate(() => {
      location.hash = '#/en/glossary';
    });
    await page.locator('#first iframe').scrollIntoViewIfNeeded();
    await expectFitted(page, '#first', first);
    expect((await heights(page, '#second', second)).outer).toBe(otherBefore);
  });
});

test('the explorer published under a sub-path embeds the same', async ({ page }) => {
  await page.goto(`${HOST}/subpath.html`);
  const frame = await embedIn(page, '#roadmap');
  expect(frame.url()).toMatch(/^http:\/\/127\.0\.0\.1:8090\/roadmap\/index\.html\?embed/);
  await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
    exactly(content.steps[6].title.en),
  );
  await expectFitted(page, '#roadmap', frame);
  await expect(frame.locator('.embed-bar a')).toHaveAttribute(
    'href',
    'index.html#/en/step/evaluate-share',
  );
});

test.describe('options in the address', () => {
  test('invalid or unknown options are ignored and the defaults used', async ({ page }) => {
    await page.goto(
      'http://127.0.0.1:8089/index.html?embed&lang=xx&theme=purple&accent=zzz&view=table&step=no-such-step',
    );
    await expect(page.locator(PAGE_TITLE)).toHaveText(exactly(content.title.en));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('html')).not.toHaveAttribute('data-view', /./);
    await expect(page.locator('html')).not.toHaveAttribute('data-accent', /./);
  });

  test('a pale accent is darkened until it reads on white', async ({ page }) => {
    await page.goto('http://127.0.0.1:8089/index.html?embed&lang=en&accent=ffff66');
    await expect(page.locator(PAGE_TITLE)).toBeVisible();
    const primary = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim(),
    );
    expect(primary).not.toBe('#ffff66');
    expect(primary).toMatch(/^#[0-9a-f]{6}$/);
    await expectNoAxeViolations(page, 'embed with a pale accent');
  });

  test('theme=auto follows the reader\'s system setting, live', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('http://127.0.0.1:8089/index.html?embed&lang=en&theme=auto');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });
});

test('in a sandboxed iframe without storage, the embed works and reports its height', async ({
  page,
}) => {
  await page.goto(`${HOST}/sandboxed.html`);
  const frame = await embedIn(page, '#roadmap');
  await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
    exactly(content.steps[2].title.en),
  );
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { received: { type?: string; sentinel?: string }[] }).received.map(
          (message) => message.sentinel ?? message.type,
        ),
      ),
    )
    .toEqual(expect.arrayContaining(['lhs-roadmap:resize', 'amp']));
  await expectFitted(page, '#roadmap', frame);
  // The language switch still works; there is nowhere to remember it.
  await frame.evaluate(() => {
    location.hash = '#/fr/step/analyze-data';
  });
  await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
    exactly(content.steps[2].title.fr),
  );
});

test('axe finds no violation inside the embed, light and dark', async ({ page }) => {
  await page.goto(`${HOST}/two.html`);
  await embedIn(page, '#first');
  await embedIn(page, '#second');
  await expectNoAxeViolations(page, 'two embeds');
});

test('embed.js stays under 3 KB minified', () => {
  expect(statSync(EMBED_SCRIPT).size).toBeLessThan(3000);
});
