// Kept items and notes with the full explorer in one tab and an embed of the same site in
// another (a host page on another port of the same machine, as an organization's page
// embeds the explorer from its own server; the embed's iframe is the explorer's origin):
// both share the stored file, each shows what the other wrote, and clicking a step in
// the embed loses nothing written in the tab.

import type { Frame, Locator, Page } from '@playwright/test';
import { collectErrors, content, expect, gotoRoute, nodeName, test } from './fixtures';

const step = content.steps[1];
const [first, second] = step.roles;
/** The host pages (tests/e2e/hosts), on another port than the explorer. */
const HOSTS = process.env.E2E_HOSTS ?? 'http://127.0.0.1:8090';

const details = (scope: Page | Frame): Locator => scope.locator('.step-panel:not([hidden]) section.step');
const keep = (scope: Page | Frame, title: string) =>
  details(scope).getByRole('button', { name: `Keep: ${title}`, exact: true });
const kept = (scope: Page | Frame, title: string) =>
  details(scope).getByRole('button', { name: `Remove: ${title}`, exact: true });
const note = (scope: Page | Frame) => details(scope).getByLabel('My notes on this step');

/** Opens the host page, which embeds the explorer at `step` with embed.js, and returns the
 * explorer's frame once it shows the step. */
async function openHost(host: Page, explorer: string): Promise<Frame> {
  await host.goto(`${HOSTS}/kept.html?explorer=${encodeURIComponent(explorer)}`);
  const iframe = host.locator('#roadmap iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('no embed');
  await expect(details(frame).getByRole('heading', { level: 2 })).toHaveText(step.title.en);
  return frame;
}

test('the tab and an embed of the same site share kept items and notes, and lose nothing', async ({
  page,
  baseURL,
}) => {
  const host = await page.context().newPage();
  const errors = collectErrors(host);
  await gotoRoute(page, `#/en/step/${step.id}`);
  const embed = await openHost(host, baseURL ?? 'http://127.0.0.1:8089/');

  // Written in the full explorer: the embed shows it.
  await keep(page, first.title.en).click();
  await note(page).fill('Written in the tab');
  await note(page).blur();
  await expect(kept(embed, first.title.en)).toBeVisible();
  await expect(note(embed)).toHaveValue('Written in the tab');

  // A step clicked in the embed, then back: nothing written in the tab is lost.
  const next = content.steps[2];
  const node = (target: typeof step) =>
    embed.getByRole('button', { name: nodeName(target, 'en'), exact: true }).locator('circle.cycle__disc');
  await node(next).click();
  await expect(details(embed).getByRole('heading', { level: 2 })).toHaveText(next.title.en);
  await node(step).click();
  await expect(kept(embed, first.title.en)).toBeVisible();

  // Kept in the embed: the tab shows it beside its own, and its note is still there.
  await keep(embed, second.title.en).click();
  await expect(kept(page, second.title.en)).toBeVisible();
  await page.reload();
  await expect(kept(page, first.title.en)).toBeVisible();
  await expect(kept(page, second.title.en)).toBeVisible();
  await expect(note(page)).toHaveValue('Written in the tab');
  expect(errors).toEqual([]);
});
