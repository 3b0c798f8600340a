// The main journeys under the strict Content-Security-Policy that health organizations send
// (README: For organizations; scripts/csp.mjs), served as a header on port 8094 (the `csp`
// project of playwright.config.ts): the explorer, the language switch, the presenter, the
// search, an embed on a host page with a strict policy of its own, and offline use through
// the service worker. Each test fails on any violation, in any frame: the browser reports
// what the policy refuses as a `securitypolicyviolation` event and a console message, and a
// refused script or style sheet would otherwise fail in silence, or only later.

import type { BrowserContext, Page } from '@playwright/test';
import { POLICY } from '../scripts/csp.mjs';
import {
  content,
  details,
  exactly,
  expect,
  expectSlide,
  expectStepShown,
  gotoPresent,
  gotoRoute,
  node,
  nodeName,
  pageTitle,
  presentHash,
  SAY,
  stepHash,
  test as base,
  UI,
  PAGE_TITLE,
} from './fixtures';

/** Host pages on another origin (tests/e2e/hosts). */
const HOST = 'http://127.0.0.1:8090';

interface Violations {
  /** What the policy refused so far, in any frame of any page of the test. */
  readonly seen: string[];
}

/** Listens in every frame, from its first script on, and reports to the test. */
async function listen(context: BrowserContext, seen: string[]): Promise<void> {
  await context.exposeBinding('__cspViolation', ({ frame }, text: string) => {
    seen.push(`${frame.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __cspViolation?: (text: string) => void }).__cspViolation;
        report?.(
          `${event.violatedDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
}

const test = base.extend<{ violations: Violations }>({
  violations: [
    async ({ context }, use) => {
      const seen: string[] = [];
      await listen(context, seen);
      await use({ seen });
      expect(seen, 'what the Content-Security-Policy refused').toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until the page is idle enough that a late refusal would have been reported. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

test('the pages are sent with the policy and carry it', async ({ page, request }) => {
  for (const file of ['index.html', 'present.html', 'find.html', 'sw.js', 'embed.js']) {
    const response = await request.get(file);
    expect(response.headers()['content-security-policy'], file).toBe(POLICY);
  }
  await gotoRoute(page, '#/en');
  // The copy in the page, for hosts that cannot send headers: all but frame-ancestors.
  const meta = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content');
  expect(meta).toBe(POLICY.replace(/; frame-ancestors \*$/, ''));
  // Nothing inline is left to refuse: no <style>, no style attribute, no inline script.
  expect(await page.locator('style, [style], script:not([src])').count()).toBe(0);
});

test('the listener sees what the policy refuses', async ({ page, violations, errorGuard }) => {
  // Without this, "no violation" could mean "not listening". Both copies of the policy,
  // the header and the page's <meta>, refuse it.
  errorGuard.allowConsoleError(/Content Security Policy/, 2);
  await gotoRoute(page, '#/en');
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await expect.poll(() => violations.seen.length).toBeGreaterThan(0);
  expect(violations.seen.join('\n')).toContain('style-src');
  violations.seen.length = 0;
});

test('the explorer: open a step, switch part, keep an item', async ({ page }) => {
  const step = content.steps[1];
  const challenge = step.challenges[0];
  await gotoRoute(page, '#/en');
  await node(page, step, 'en').locator('circle.cycle__disc').click();
  await expectStepShown(page, step, 'en');
  await details(page).getByRole('link', { name: new RegExp(`^${UI.parts.challenges.en}`) }).click();
  await expect(page).toHaveURL(new RegExp(`${stepHash(step, 'en', 'challenges')}$`));
  await details(page).getByRole('button', { name: `Keep: ${challenge.title.en}` }).click();
  await expect(details(page).getByRole('button', { name: `Remove: ${challenge.title.en}` })).toBeVisible();
  await settled(page);
});

test('the language switch keeps the step', async ({ page }) => {
  const step = content.steps[2];
  await gotoRoute(page, stepHash(step, 'en'));
  await page.getByRole('banner').getByRole('link', { name: UI.autonym.fr }).click();
  await expectStepShown(page, step, 'fr');
  await settled(page);
});

test('the presenter opens and changes slide', async ({ page }) => {
  await gotoPresent(page, presentHash('en', 1));
  await expectSlide(page, 1, 'en');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, 'en');
  await page
    .getByRole('navigation', { name: SAY.controls.en, exact: true })
    .getByRole('button', { name: SAY.nextSlide.en, exact: true })
    .click();
  await expectSlide(page, 3, 'en');
  await settled(page);
});

test('the find page searches', async ({ page }) => {
  await page.goto('/find.html#/en/search');
  await expect(pageTitle(page)).toHaveText(UI.search.en);
  await page.getByRole('searchbox', { name: 'Words to look for in the roadmap' }).fill('money');
  await expect(page).toHaveURL(/#\/en\/search\?q=money$/);
  await expect(page.locator('.search__link').first()).toBeVisible();
  await settled(page);
});

test.describe('embedded in a host page with a strict policy of its own', () => {
  test('embed.js: the iframe follows the content, and a step opens in it', async ({ page }) => {
    await page.goto(`${HOST}/csp.html`);
    const iframe = page.locator('#roadmap iframe');
    await iframe.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('#roadmap iframe');
    // The first load of a wasm in a frame can be slow on a busy machine.
    await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(content.steps[1].title.en),
      { timeout: 20_000 },
    );
    // The host's accent, set through the CSSOM, which the policy allows.
    await expect(frame.locator('html')).toHaveAttribute('data-accent', '');
    expect(
      await frame.locator('html').evaluate((html) => html.style.getPropertyValue('--accent-light')),
    ).toMatch(/^#[0-9a-f]{6}$/);
    const fitted = async () => {
      const outer = (await iframe.boundingBox())?.height ?? 0;
      const inner = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
      return Math.abs(outer - inner);
    };
    await expect.poll(fitted).toBeLessThanOrEqual(2);
    await frame
      .locator('svg[role="group"]')
      .getByRole('button', { name: nodeName(content.steps[3], 'en'), exact: true })
      .locator('circle.cycle__disc')
      .click();
    await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(content.steps[3].title.en),
    );
    await expect.poll(fitted).toBeLessThanOrEqual(2);
    await settled(page);
  });

  test('the plain iframe snippet: no style attribute, and no border', async ({ page }) => {
    await page.goto(`${HOST}/csp.html`);
    const iframe = page.locator('iframe#plain');
    await iframe.scrollIntoViewIfNeeded();
    await expect(page.frameLocator('iframe#plain').locator(PAGE_TITLE)).toBeVisible({ timeout: 20_000 });
    expect(
      await iframe.evaluate((element) => {
        const style = getComputedStyle(element);
        return [style.borderTopWidth, element.getBoundingClientRect().width === document.body.clientWidth];
      }),
    ).toEqual(['0px', true]);
    await settled(page);
  });
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('it registers, then serves the explorer offline, still under the policy', async ({ page, context }) => {
    await gotoRoute(page, '#/en');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    const response = await page.reload();
    await expect(pageTitle(page)).toHaveText(content.title.en);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(response?.headers()['content-security-policy']).toBe(POLICY);
    await gotoRoute(page, stepHash(content.steps[1], 'en'));
    await expectStepShown(page, content.steps[1], 'en');
    await settled(page);
  });
});
