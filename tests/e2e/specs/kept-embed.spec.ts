// Kept items and notes with the full explorer in one tab and an embed of the same site in
// another (a host page on another origin of the same site, as an organization's page
// embeds the explorer from its own server): both share the stored file, each shows what
// the other wrote, and clicking a step in the embed loses nothing written in the tab.

import type { Frame, Locator, Page } from '@playwright/test';
import { collectErrors, content, expect, gotoRoute, test } from './fixtures';

const step = content.steps[1];
const [first, second] = step.roles;
const KEY = 'lhs-roadmap.personal';
/** The host pages (tests/e2e/hosts): another origin (port) than the explorer's, on the same
 * machine, so the same site. */
const HOSTS = process.env.E2E_HOSTS ?? 'http://127.0.0.1:8090';

const keep = (scope: Page | Frame, id: string): Locator =>
  scope.locator(`#item-${id} button[aria-pressed]`);
const note = (scope: Page | Frame, stepId = step.id): Locator => scope.locator(`#note-${stepId}`);

/** Opens the host page, which embeds the explorer at `step` with embed.js, and returns the
 * explorer's frame once it shows the step. */
async function openHost(host: Page, explorer: string): Promise<Frame> {
  await host.goto(`${HOSTS}/kept.html?explorer=${encodeURIComponent(explorer)}`);
  const iframe = host.locator('#roadmap iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('no embed');
  await expect(frame.locator('.step-panel:not([hidden]) h2.step__title')).toBeVisible();
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
  await keep(page, first.id).click();
  await note(page).fill('Written in the tab');
  await note(page).blur();
  await expect(keep(embed, first.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(note(embed)).toHaveValue('Written in the tab');

  // A step clicked in the embed saves its last step and nothing else changes.
  await embed.locator('.step-panel:not([hidden]) a[rel="next"]').click();
  await expect
    .poll(async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}').last)
    .toBe(content.steps[2].id);

  // Kept in the embed: the tab shows it, and both items stay kept.
  await embed.locator('.step-panel:not([hidden]) a[rel="prev"]').click();
  await keep(embed, second.id).click();
  await expect(keep(page, second.id)).toHaveAttribute('aria-pressed', 'true');
  const file = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
  expect(file.bookmarks).toEqual([first.id, second.id]);
  expect(file.notes).toEqual({ [step.id]: 'Written in the tab' });
  expect(errors).toEqual([]);
});
