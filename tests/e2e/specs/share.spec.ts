// Sharing and embedding (present.html#/<lang>/share): "Share this step" opens it at the
// step on screen, the page for trainers at the whole cycle; the link and both snippets follow the options, copy
// to the clipboard, and really work on a host page from another origin; the preview
// follows its content; axe finds nothing.

import type { Page } from '@playwright/test';
import { content, exactly, expect, expectNoAxeViolations, gotoRoute, test, PAGE_TITLE } from './fixtures';

const SITE = 'http://127.0.0.1:8089/';

/** Opens sharing from `hash`: a step's "Share this step", else the trainers' page. */
async function openShare(page: Page, hash: string, lang: 'fr' | 'en') {
  const step = /\/step\//.test(hash);
  await gotoRoute(page, step ? hash : `#/${lang}/trainers`);
  const name = step
    ? lang === 'fr' ? 'Partager cette étape' : 'Share this step'
    : lang === 'fr' ? 'Partager ou intégrer' : 'Share or embed';
  await page.locator('main').getByRole('link', { name, exact: true }).click();
  await expect(page.locator('main.share h1')).toBeVisible();
}

test('the explorer opens sharing at the step on screen, with a link to it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openShare(page, '#/fr/step/collect-data', 'fr');
  await expect(page).toHaveURL(/present\.html#\/fr\/share\/collect-data$/);
  await expect(page.locator('main.share h1')).toHaveText('Partager ou intégrer la feuille de route');
  const link = page.getByLabel('Lien vers cette étape, dans cette langue');
  await expect(link).toHaveValue(`${SITE}index.html#/fr/step/collect-data`);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await expect(page.getByRole('status')).toHaveText('Copié dans le presse-papiers.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${SITE}index.html#/fr/step/collect-data`,
  );
  // Back to the explorer, at the same step.
  await page.getByRole('link', { name: /Retour à l’explorateur/ }).click();
  await expect(page).toHaveURL(/index\.html#\/fr\/step\/collect-data$/);
});

test('the snippets and the preview follow the options', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openShare(page, '#/en', 'en');
  const script = page.getByRole('textbox', { name: 'Embed code (recommended)' });
  const iframe = page.getByRole('textbox', { name: 'Plain iframe (for sites that strip scripts)' });
  const preview = page.locator('iframe.share__preview');
  await expect(script).toHaveValue(
    `<div data-lhs-roadmap data-lang="en"></div>\n<script src="${SITE}embed.js" async></script>`,
  );

  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await page.getByLabel('Step shown first').selectOption('analyze-data');
  await page.getByLabel('Colours').selectOption('dark');
  await page.getByLabel('How the cycle is shown').selectOption('list');
  await page.getByLabel('Use my accent colour').check();
  await page.getByLabel('Accent colour', { exact: true }).fill('#ff8800');
  await expect(script).toHaveValue(
    `<div data-lhs-roadmap data-lang="fr" data-step="analyze-data" data-theme="dark" data-accent="ff8800" data-view="list"></div>\n<script src="${SITE}embed.js" async></script>`,
  );
  await expect(iframe).toHaveValue(
    new RegExp(
      `^<iframe src="${SITE.replace(/\./g, '\\.')}index\\.html\\?embed&amp;lang=fr&amp;step=analyze-data&amp;theme=dark&amp;accent=ff8800&amp;view=list" title="`,
    ),
  );
  await expect(preview).toHaveAttribute(
    'src',
    'index.html?embed&lang=fr&step=analyze-data&theme=dark&accent=ff8800&view=list',
  );
  const frame = page.frameLocator('iframe.share__preview');
  await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
    exactly(content.steps[2].title.fr),
  );
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The preview is as tall as its content.
  await preview.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => {
      const outer = (await preview.boundingBox())?.height ?? 0;
      const inner = await frame
        .locator('body')
        .evaluate((body) => body.getBoundingClientRect().height);
      return Math.abs(outer - 4 - inner);
    })
    .toBeLessThanOrEqual(2);

  await page.getByRole('button', { name: 'Copy the code' }).first().click();
  await expect(page.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());
});

test('the generated snippets work on a host page from another origin', async ({ page }) => {
  await openShare(page, '#/en/step/implement-change', 'en');
  const script = await page
    .getByRole('textbox', { name: 'Embed code (recommended)' })
    .inputValue();
  const plain = await page
    .getByRole('textbox', { name: 'Plain iframe (for sites that strip scripts)' })
    .inputValue();
  for (const snippet of [script, plain]) {
    await page.goto('about:blank');
    await page.goto(`http://127.0.0.1:8090/snippet.html#${encodeURIComponent(snippet)}`);
    const frame = page.frameLocator('iframe');
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toHaveText(
      exactly(content.steps[5].title.en),
    );
    await expect(page.locator('iframe')).toHaveAttribute('title', /.+/);
  }
});

test('axe finds no violation on the sharing page, in both languages', async ({ page }) => {
  await openShare(page, '#/fr/step/collect-data', 'fr');
  await expect(page.frameLocator('iframe.share__preview').locator(PAGE_TITLE)).toBeVisible();
  await expectNoAxeViolations(page, 'share (fr)');
  await openShare(page, '#/en', 'en');
  await expectNoAxeViolations(page, 'share (en)');
});
