import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:8091/';
const shots = JSON.parse(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, url, w, h, full, extra] of shots) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, serviceWorkers: 'block', reducedMotion: 'reduce', forcedColors: extra === 'forced' ? 'active' : 'none', colorScheme: extra === 'forced' ? 'dark' : 'light' });
  const page = await ctx.newPage();
  await page.goto(base + url);
  await page.waitForSelector('h1, h2', { timeout: 10000 });
  await page.waitForTimeout(800);
  if (extra === 'top') { await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); }); await page.waitForTimeout(300); }
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !!full });
  await ctx.close();
}
await browser.close();
