// Organizations adapt the roadmap: a replaced content/roadmap.json shows as published,
// `?content=` opens another file of the same site and nothing else, and the "Preview
// your roadmap" page checks a file in the browser, lists its problems, or runs the
// explorer and the presenter on it. Hostile text is shown as text, never run.

import type { Page } from '@playwright/test';

import { ADAPTED, ENCODED_TITLE, OTHER_TITLE, adapted, encoded } from '../scripts/adapt.mjs';
import {
  contentText,
  expect,
  expectNoAxeViolations,
  loadContent,
  pageTitle,
  test,
  UI,
} from './fixtures';

const ADAPTED_SITE = 'http://127.0.0.1:8093/';

const SAY = {
  previewTitle: { fr: 'Prévisualiser votre feuille de route', en: 'Preview your roadmap' },
  chooseFile: { fr: 'Choisir un fichier JSON', en: 'Choose a JSON file' },
  explore: { fr: 'Explorer votre feuille de route', en: 'Explore your roadmap' },
  present: { fr: 'La présenter', en: 'Present it' },
  stop: { fr: 'Arrêter la prévisualisation', en: 'Stop the preview' },
  bar: {
    fr: 'Prévisualisation de votre fichier, gardé sur cet appareil : il n’est pas publié.',
    en: 'Preview of your file, kept on this device: it is not published.',
  },
  openPublished: { fr: 'Ouvrir la feuille de route publiée', en: 'Open the published roadmap' },
  openPreviewPage: { fr: 'Ouvrir la page de prévisualisation', en: 'Open the preview page' },
} as const;

/** Loads the preview page in `lang` in a fresh document. */
async function gotoPreview(page: Page, lang: 'fr' | 'en', site = '/') {
  await page.goto('about:blank');
  await page.goto(`${site}present.html#/${lang}/preview`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAY.previewTitle[lang]);
}

/** Gives the preview page a file, as the file chooser would. */
async function choose(page: Page, name: string, text: string) {
  await page.locator('#preview-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
}

// Script in every form a content file could try: tags, event handlers, an SVG payload
// and a javascript: link. Any of them running calls window.__pwn.
const PAYLOAD =
  '<script>__pwn(1)</script><img src=x onerror=__pwn(2)><svg onload=__pwn(3)></svg>[x](javascript:__pwn(4))';

/** The shipped content with the payload at the start of every text, in both languages. */
function hostile(): string {
  const roadmap = loadContent() as unknown as Record<string, unknown>;
  const poison = (value: unknown, limit: number): unknown => {
    if (typeof value === 'string') return `${PAYLOAD} ${value}`.slice(0, limit);
    return value;
  };
  const walk = (node: unknown, key = ''): unknown => {
    if (Array.isArray(node)) {
      return node.map((child) => (key === 'names' ? poison(child, 150) : walk(child)));
    }
    if (node && typeof node === 'object') {
      const object = node as Record<string, unknown>;
      const keys = Object.keys(object);
      if (keys.length === 2 && keys.includes('fr') && keys.includes('en')) {
        // Titles, headings, terms and labels are limited to 150 characters.
        const limit = ['title', 'heading', 'term', 'label'].includes(key) ? 150 : 5000;
        return { fr: poison(object.fr, limit), en: poison(object.en, limit) };
      }
      return Object.fromEntries(keys.map((name) => [name, walk(object[name], name)]));
    }
    return node;
  };
  return JSON.stringify(walk(roadmap), null, 2);
}

/** Fails the test if anything from the payload ran, or became markup. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number[] }).__pwned ?? [])).toEqual([]);
  await expect(page.locator('main img, main script, main svg [onload], a[href^="javascript"]')).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __pwned: number[]; __pwn: (n: number) => void };
    w.__pwned = [];
    w.__pwn = (n) => w.__pwned.push(n);
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

test.describe('a site whose content/roadmap.json was replaced', () => {
  test('shows the replacement, in the explorer and the presenter', async ({ page }) => {
    await page.goto(`${ADAPTED_SITE}index.html#/en`);
    await expect(pageTitle(page)).toHaveText(ADAPTED.title.en);
    const first = page.locator('svg[role="group"] [role="button"]', { hasText: '1' }).first();
    await expect(first).toHaveAttribute('aria-label', new RegExp(ADAPTED.step.en));
    await page.goto(`${ADAPTED_SITE}index.html#/fr/step/${loadContent().steps[0].id}/roles`);
    await expect(page.getByRole('heading', { name: ADAPTED.role.fr })).toBeVisible();
    // Its text's light formatting: emphasis and a mailto link, as markup, not as text.
    const card = page.locator('article, li').filter({ has: page.getByRole('heading', { name: ADAPTED.role.fr }) }).first();
    await expect(card.locator('em')).toHaveText('chaque mois');
    await expect(card.getByRole('link', { name: 'Julie Tremblay' })).toHaveAttribute('href', ADAPTED.contact);
    await page.goto('about:blank');
    await page.goto(`${ADAPTED_SITE}present.html#/en/present/1`);
    await expect(page.locator('main')).toContainText(ADAPTED.step.en);
  });
});

test.describe('files saved in other encodings', () => {
  // The explorer fetches the file and the preview page reads it from the disk: the same
  // bytes, the same reading.
  const files = encoded();

  test('UTF-16 is read, by the explorer and by the preview', async ({ page }) => {
    await page.goto(`${ADAPTED_SITE}index.html?content=drafts/utf-16.json#/en`);
    await expect(pageTitle(page)).toHaveText(ENCODED_TITLE.en);
    await gotoPreview(page, 'en', ADAPTED_SITE);
    await page.locator('#preview-file').setInputFiles({
      name: 'utf-16.json',
      mimeType: 'application/json',
      buffer: files['drafts/utf-16.json'],
    });
    await expect(page.getByRole('status')).toContainText('utf-16.json is a valid roadmap');
  });

  test('Latin-1 is refused with the same message, by the explorer and by the preview', async ({ page }) => {
    const message = 'Le fichier n’est pas enregistré en UTF-8';
    await page.goto(`${ADAPTED_SITE}index.html?content=drafts/latin-1.json#/fr`);
    await expect(pageTitle(page)).toHaveText('Le contenu de la feuille de route n’a pas pu être affiché');
    const panel = page.locator('.problem-list__item');
    await expect(panel).toHaveCount(1);
    await expect(panel).toContainText(message);
    const where = (await panel.locator('code').textContent()) ?? '';
    expect(where).toMatch(/ligne \d+, colonne \d+/);
    await gotoPreview(page, 'fr', ADAPTED_SITE);
    await page.locator('#preview-file').setInputFiles({
      name: 'latin-1.json',
      mimeType: 'application/json',
      buffer: files['drafts/latin-1.json'],
    });
    const listed = page.locator('.problem-list__item');
    await expect(listed).toHaveCount(1);
    await expect(listed).toContainText(message);
    await expect(listed.locator('code')).toHaveText(where);
  });
});

test.describe('content= names another file', () => {
  test('a relative path of the same site is shown, and the other page keeps it', async ({ page }) => {
    await page.goto(`${ADAPTED_SITE}index.html?content=drafts/roadmap.json#/en`);
    await expect(pageTitle(page)).toHaveText(OTHER_TITLE.en);
    // The presentation, from the page for trainers, keeps the file too.
    await page.locator('footer').getByRole('link', { name: 'For trainers and organizations' }).click();
    const present = page.locator('main').getByRole('link', { name: 'Start the presentation' });
    await expect(present).toHaveAttribute('href', /^present\.html\?content=drafts\/roadmap\.json#\/en\/present\/1$/);
    await present.click();
    await expect(page).toHaveURL(/present\.html\?content=drafts\/roadmap\.json#\/en\/present\/1$/);
    await expect(page.locator('main')).toContainText(OTHER_TITLE.en);
  });

  for (const value of [
    'https://127.0.0.1:8093/drafts/roadmap.json',
    'http://127.0.0.1:8093/drafts/roadmap.json',
    '//127.0.0.1:8093/drafts/roadmap.json',
    '/drafts/roadmap.json',
    '../drafts/roadmap.json',
    '%2e%2e/drafts/roadmap.json',
    'javascript:alert(1)',
  ]) {
    test(`${value} is refused with a message, and nothing is fetched`, async ({ page }) => {
      const asked: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.includes('drafts')) asked.push(request.url());
      });
      await page.goto(`${ADAPTED_SITE}index.html?content=${value}#/en`);
      await expect(pageTitle(page)).toHaveText(UI.contentError.en);
      await expect(page.getByText(/is not a file of this site/)).toBeVisible();
      expect(asked).toEqual([]);
      // No "try again": a way back to the site's own roadmap instead.
      await expect(page.getByRole('button', { name: UI.retry.en })).toHaveCount(0);
      await page.getByRole('link', { name: SAY.openPublished.en }).click();
      await expect(pageTitle(page)).toHaveText(ADAPTED.title.en);
      await expect(page).not.toHaveURL(/content=/);
    });
  }

  test('the refusal is in French for a French address', async ({ page }) => {
    await page.goto('/index.html?content=https://example.org/roadmap.json#/fr');
    await expect(pageTitle(page)).toHaveText(UI.contentError.fr);
    await expect(page.getByText(/« https:\/\/example\.org\/roadmap\.json », qui n’est pas un fichier de ce site/)).toBeVisible();
  });
});

test.describe('Preview your roadmap', () => {
  test('is linked from the explorer footer and passes axe', async ({ page }) => {
    await page.goto('/#/en');
    await page.getByRole('link', { name: SAY.previewTitle.en }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAY.previewTitle.en);
    await expect(page.getByRole('link', { name: 'Download the current content' })).toHaveAttribute(
      'href',
      'content/roadmap.json',
    );
    await expectNoAxeViolations(page);
  });

  test('a valid file runs the whole explorer and the presenter, then stops', async ({ page }) => {
    await gotoPreview(page, 'en');
    await choose(page, 'ciusss.json', JSON.stringify(adapted(), null, 2));
    const status = page.getByRole('status');
    await expect(status).toContainText(`ciusss.json is a valid roadmap: “${ADAPTED.title.en}”, 7 steps.`);
    // The live preview runs the explorer on it, inside the page.
    const frame = page.frameLocator('.preview__frame');
    await expect(frame.locator('h1')).toHaveText(ADAPTED.title.en);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: SAY.explore.en }).click();
    await expect(pageTitle(page)).toHaveText(ADAPTED.title.en);
    await expect(page.getByRole('note')).toContainText(SAY.bar.en);
    // Its details, and its presenter, run on the file too.
    await page.locator('svg[role="group"] [role="button"]').nth(1).click();
    await expect(page.locator('main')).toContainText(ADAPTED.step.en);
    await page.getByRole('link', { name: /Present/ }).click();
    await expect(page).toHaveURL(/present\.html\?preview#\/en\/present\/\d+$/);
    await expect(page.locator('main')).toContainText(ADAPTED.step.en);

    await gotoPreview(page, 'en');
    await expect(page.getByRole('status')).toContainText(ADAPTED.title.en);
    await page.getByRole('button', { name: SAY.stop.en }).click();
    await expect(page.getByRole('status')).toContainText('The preview has stopped');
    await page.goto('about:blank');
    await page.goto('/index.html?preview#/en');
    await expect(page.getByText(/No roadmap to preview is kept on this device/)).toBeVisible();
    await page.getByRole('link', { name: SAY.openPreviewPage.en }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAY.previewTitle.en);
  });

  test('an invalid file lists its problems with their path, line and column, in French', async ({ page }) => {
    // A file that does not read (a field the model lacks) stops at that first problem;
    // one that reads is checked whole, every rule's problems listed at once.
    const misread = JSON.parse(contentText);
    misread.steps[1].colour = 'red';
    await gotoPreview(page, 'fr');
    await choose(page, 'ma-version.json', JSON.stringify(misread, null, 2));
    const status = page.getByRole('status');
    await expect(status).toContainText('ma-version.json ne peut pas être affiché : 1 problème a été trouvé.');
    const problems = page.locator('.problem-list__item');
    await expect(problems).toHaveCount(1);
    await expect(problems.nth(0)).toContainText(/steps\[1\]\.colour \(ligne \d+, colonne \d+\)/);
    await expect(problems.nth(0)).toContainText('Le champ « colour » n’est pas prévu ici');

    const broken = JSON.parse(contentText);
    broken.steps[1].roles[0].text.fr = '';
    broken.steps[3].roles[0].sources = ['nulle-part'];
    broken.glossary[0].definition.fr = '';
    await choose(page, 'ma-version-2.json', JSON.stringify(broken, null, 2));
    await expect(status).toContainText('ma-version-2.json ne peut pas être affiché : 3 problèmes ont été trouvés.');
    await expect(problems).toHaveCount(3);
    await expect(status).toContainText(/steps\[1\]\.roles\[0\]\.text\.fr \(ligne \d+, colonne \d+\)/);
    await expect(status).toContainText('Ce texte est vide : écrivez-le dans cette langue.');
    await expect(status).toContainText(/steps\[3\]\.roles\[0\]\.sources\[0\] \(ligne \d+, colonne \d+\)/);
    await expect(status).toContainText('La source « nulle-part » n’existe pas dans la liste « sources ».');
    await expect(status).toContainText(/glossary\[0\]\.definition\.fr \(ligne \d+, colonne \d+\)/);
    await expect(page.getByRole('link', { name: SAY.explore.fr })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a file with hundreds of problems lists the first 100 and counts the rest', async ({ page }) => {
    // Every text of every item blanked: several hundred problems, all found at once.
    const broken = JSON.parse(contentText);
    for (const step of [broken.foundation, ...broken.steps]) {
      for (const part of ['roles', 'conditions', 'challenges']) {
        for (const item of step[part]) item.text = { fr: '', en: '' };
      }
    }
    await gotoPreview(page, 'en');
    await choose(page, 'blank.json', JSON.stringify(broken, null, 2));
    const status = page.getByRole('status');
    await expect(status).toContainText(/blank\.json cannot be shown: \d+ problems were found\./);
    const total = Number((await status.textContent())?.match(/(\d+) problems were found/)?.[1]);
    expect(total).toBeGreaterThan(200);
    await expect(page.locator('.problem-list__item')).toHaveCount(100);
    await expect(page.locator('.problem-list__more')).toHaveText(
      `And ${total - 100} more problems: fix these first, then check the file again.`,
    );
    // The page still answers at once.
    await choose(page, 'good.json', contentText);
    await expect(status).toContainText('good.json is a valid roadmap');
  });

  test('a file that is not JSON, and a file too large, are refused without a crash', async ({ page }) => {
    await gotoPreview(page, 'en');
    await choose(page, 'notes.json', 'title: my roadmap');
    await expect(page.getByRole('status')).toContainText('The file is not valid JSON');
    await expect(page.getByRole('status')).toContainText(/the whole file \(line 1, column \d+\)/);
    await choose(page, 'huge.json', `{"title": "${'x'.repeat(3_000_000)}"}`);
    await expect(page.getByRole('status')).toContainText('The file is 3 MB; the explorer reads files of up to 2 MB.');
    // The page still works: a good file after the bad ones.
    await choose(page, 'good.json', contentText);
    await expect(page.getByRole('status')).toContainText('good.json is a valid roadmap');
  });

  test('a file dropped on the box is read like a chosen one', async ({ page }) => {
    await gotoPreview(page, 'en');
    const drop = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, contentText);
    await page.locator('.preview__drop').dispatchEvent('dragover', { dataTransfer: drop });
    await page.locator('.preview__drop').dispatchEvent('drop', { dataTransfer: drop });
    await expect(page.getByRole('status')).toContainText('dropped.json is a valid roadmap');
  });

  test('a hostile file: every payload is visible as text, nothing runs', async ({ page }) => {
    await gotoPreview(page, 'en');
    await choose(page, 'hostile.json', hostile());
    await expect(page.getByRole('status')).toContainText('hostile.json is a valid roadmap');
    await expect(page.getByRole('status')).toContainText('<script>__pwn(1)</script>');
    await expectNothingRan(page);

    await page.getByRole('link', { name: SAY.explore.en }).click();
    await expect(pageTitle(page)).toContainText('<script>__pwn(1)</script><img src=x onerror=__pwn(2)>');
    await page.locator('svg[role="group"] [role="button"]').nth(2).click();
    await expect(page.locator('main')).toContainText('[x](javascript:__pwn(4))');
    for (const hash of ['#/en/intro', '#/en/glossary', '#/en/sources', '#/en/credits']) {
      await page.goto(`/index.html?preview${hash}`);
      await expect(page.locator('main')).toContainText('<svg onload=__pwn(3)>');
      await expectNothingRan(page);
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#handout')).toContainText('<script>__pwn(1)</script>');
    await page.emulateMedia({ media: 'screen' });
    await page.goto('about:blank');
    await page.goto('/present.html?preview#/en/present/3');
    await expect(page.locator('main')).toContainText('<img src=x onerror=__pwn(2)>');
    await expectNothingRan(page);
  });

  test('storage refused: the page says the file cannot be kept, and nothing breaks', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await gotoPreview(page, 'en');
    await choose(page, 'good.json', contentText);
    await expect(page.getByRole('status')).toContainText('this browser does not let the page keep it');
    await expect(page.getByRole('link', { name: SAY.explore.en })).toHaveCount(0);
  });
});
