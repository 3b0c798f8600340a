// `make bench`: the explorer's speed and size, each figure printed beside its budget.
//   1. bytes of the first load (raw, gzip, brotli; per file and in total; code and content
//      apart; the explorer's wasm by crate, see crates.mjs)
//   2. Lighthouse, mobile preset, on the release served compressed from 127.0.0.1, and in
//      the same run on the floor page: the explorer's prerendered first view alone, the
//      same words and style sheet with no script (what a static page of them would cost)
//   3. time from a step click to its details painted, over 100 switches
// It reports; it does not fail on a missed budget (budgets are not tests). Run from the
// repository root after `make dist`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { brotli, gzip } from './compress.mjs';
import { crateShares, namedWasm, shippedFlags } from './crates.mjs';
import { serve } from './serve.mjs';

const DIST = 'dist';
const PORT = 8097;
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];
const KB = 1000;
const verdict = (ok) => (ok ? 'within budget' : 'OVER BUDGET');
const pad = (text, width) => String(text).padStart(width);

function firstLoadFiles(page = 'index.html') {
  const html = readFileSync(join(DIST, page), 'utf8');
  const referenced = [...html.matchAll(/(?:href|src)=["']?(?:\.\/)?([^"'\s>#?]+\.(?:css|js|wasm|json))(?=["'\s>])/g)]
    .map((match) => match[1]);
  return [page, ...new Set(referenced)];
}

function sizes() {
  console.log('\n1. First load (bytes)');
  console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
  const total = { raw: 0, gz: 0, br: 0 };
  for (const file of firstLoadFiles()) {
    const bytes = readFileSync(join(DIST, file));
    const row = { raw: bytes.length, gz: gzip(bytes).length, br: brotli(bytes).length };
    for (const key of Object.keys(total)) total[key] += row[key];
    console.log(`${file.padEnd(44)}${pad(row.raw, 10)}${pad(row.gz, 10)}${pad(row.br, 10)}`);
  }
  console.log(`${'total'.padEnd(44)}${pad(total.raw, 10)}${pad(total.gz, 10)}${pad(total.br, 10)}`);
  const ok = total.br <= 200 * KB;
  console.log(`   brotli total ${(total.br / KB).toFixed(1)} KB   budget <= 200 KB (content included)   ${verdict(ok)}`);
  // The content file's size is its editors' to decide; the code's is ours.
  const content = firstLoadFiles().filter((file) => file.endsWith('.json'))
    .reduce((sum, file) => sum + brotli(readFileSync(join(DIST, file))).length, 0);
  console.log(`   of which code (HTML, CSS, JS, wasm) ${((total.br - content) / KB).toFixed(1)} KB, content ${(content / KB).toFixed(1)} KB`);
  crates('lhs-roadmap', 'index.html');
  // The presenter and the find pages are pages of their own, loaded only when used (and
  // cached for offline use by the service worker after the first visit): reported,
  // outside the budget. The content they share is already counted above.
  for (const [page, name] of [['present.html', 'presenter'], ['find.html', 'search, get involved, my roadmap']]) {
    let bytes = 0;
    for (const file of firstLoadFiles(page).filter((file) => !file.endsWith('.json'))) {
      bytes += brotli(readFileSync(join(DIST, file))).length;
    }
    console.log(`   ${name} (${page}, its js and wasm), brotli ${(bytes / KB).toFixed(1)} KB, not part of the first load`);
  }
  return ok;
}

/** The shipped wasm of `bin`, by crate (brotli KB), from the build's named copy. */
function crates(bin, page) {
  const named = namedWasm(bin);
  const shipped = readdirSync(DIST).find((file) => file.startsWith(`${bin}-`) && file.endsWith('_bg.wasm'));
  if (!named || !shipped) {
    console.log(`   (no named copy of ${bin}'s wasm in target/wasm-bindgen/release: run make build)`);
    return;
  }
  const { rows, total } = crateShares(named, join(DIST, shipped), shippedFlags(page));
  console.log(`   ${bin}'s wasm, ${(total / KB).toFixed(1)} KB brotli, by crate (code given to the crate it is compiled from; after LTO, inlined code counts for its caller):`);
  for (const row of rows) {
    console.log(`     ${row.crate.padEnd(40)}${pad((row.share / KB).toFixed(1), 7)} KB   (${pad(row.raw, 7)} bytes before compression)`);
  }
}

/** The explorer's index.html as a static page: its French first view with the same style
 * sheet, no script, no other language, no "loading" shell. */
function floorPage() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const cut = (text, from, to) => {
    const start = text.indexOf(from);
    const end = start < 0 ? -1 : text.indexOf(to, start);
    return start < 0 || end < 0 ? text : text.slice(0, start) + text.slice(end);
  };
  let floor = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/g, '')
    .replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  floor = cut(floor, '<div id="first-en"', '<div class');
  if (!floor.includes('id="first-fr"')) throw new Error('index.html holds no prerendered first view: run make build');
  return floor;
}

// Asynchronous on purpose: the site is served from this same process.
async function lighthouseRun(url) {
  const dir = mkdtempSync(join(tmpdir(), 'lhs-lighthouse-'));
  const report = join(dir, 'report.json');
  try {
    await promisify(execFile)('npx', [
      'lighthouse', url, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility',
      `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${join(dir, 'profile')}`].join(' ')}`,
    ], { cwd: 'tests/e2e', env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 });
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      audits,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function lighthouse() {
  console.log('\n2. Lighthouse 12, mobile preset (simulated slow 4G, 4x CPU slowdown)');
  const floor = await lighthouseRun(`${BASE}floor.html`);
  const app = await lighthouseRun(`${BASE}#/fr`);
  const lcpOk = app.lcp <= 1.3 * floor.lcp;
  const checks = [
    ['performance', `${pad(app.performance, 6)}`, 'budget >= 98', app.performance >= 98, `${floor.performance}`],
    ['accessibility', `${pad(app.accessibility, 6)}`, 'budget = 100', app.accessibility === 100, `${floor.accessibility}`],
    ['LCP', `${pad(app.lcp.toFixed(0), 6)} ms`, `budget <= 1.3 x floor = ${(1.3 * floor.lcp).toFixed(0)} ms`, lcpOk, `${floor.lcp.toFixed(0)} ms`],
    ['TBT', `${pad(app.tbt.toFixed(0), 6)} ms`, 'budget <= 150 ms', app.tbt <= 150, `${floor.tbt.toFixed(0)} ms`],
    ['CLS', `${pad(app.cls.toFixed(3), 6)}`, 'budget = 0', app.cls === 0, `${floor.cls.toFixed(3)}`],
  ];
  for (const [name, value, budget, ok, floorValue] of checks) {
    console.log(`   ${name.padEnd(14)}${value}   ${budget.padEnd(36)}${verdict(ok).padEnd(14)} floor page ${floorValue}`);
  }
  for (const [id, audit] of Object.entries(app.audits)) {
    if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative'
        && audit.scoreDisplayMode !== 'notApplicable' && audit.details?.type === 'opportunity') {
      console.log(`   to improve: ${id} (${audit.displayValue ?? ''})`);
    }
  }
  return checks.every(([, , , ok]) => ok);
}

async function stepSwitches() {
  console.log('\n3. Step click to details painted (work: click handling + the frame\'s style, layout and paint), 100 switches at 1280 px after one lap');
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE}#/en`);
    // The prerendered diagram is there before the app runs: wait for the app.
    await page.locator('html[data-first="live"]').waitFor({ state: 'attached' });
    await page.locator('svg[role=group] [role=button]').first().waitFor();
    // A reader's pointer crosses the diagram before a click; the explorer then prepares
    // the steps' details while idle. Let that finish, as it would while a reader looks.
    await page.locator('svg[role=group]').hover();
    await page.waitForFunction(() => document.querySelectorAll('.step-panel section.step').length === document.querySelectorAll('.step-panel').length);
    const times = await page.evaluate(async () => {
      const nodes = [...document.querySelectorAll('svg[role=group] [role=button]')];
      const titles = nodes.map((node) => node.getAttribute('aria-label'));
      // The time measured is the work the browser does for a switch: handling the click
      // (our code, until its microtasks are done), then rendering the frame that shows
      // the new details (style, layout and paint: from that frame's start to just after
      // its paint, which a message posted from requestAnimationFrame marks). The idle
      // wait for the display's next refresh in between is not work, and is left out.
      const channel = new MessageChannel();
      const afterPaint = () => new Promise((resolve) => {
        requestAnimationFrame((frameStart) => {
          channel.port1.onmessage = () => resolve([frameStart, performance.now()]);
          channel.port2.postMessage(0);
        });
      });
      const settle = async () => {
        for (let k = 0; k < 3; k += 1) await Promise.resolve();
      };
      // One lap first, unmeasured: the first showing of each step computes its layout,
      // which the panels then keep (what a reader gets after a first look around).
      for (let i = 0; i < nodes.length; i += 1) {
        nodes[(i + 1) % nodes.length].dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
        await afterPaint();
      }
      const result = [];
      for (let i = 0; i < 100; i += 1) {
        const index = (i + 1) % nodes.length;
        await afterPaint();
        const start = performance.now();
        nodes[index].dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
        await settle();
        const handled = performance.now();
        const [frameStart, painted] = await afterPaint();
        const heading = document.querySelector('#step-title')?.textContent ?? '';
        result.push(handled - start + (painted - Math.max(frameStart, handled)));
        if (heading === '' || !titles[index].includes(heading)) {
          throw new Error(`switch ${i}: expected "${titles[index]}", saw "${heading}"`);
        }
      }
      return result;
    });
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const p95 = times[Math.ceil(times.length * 0.95) - 1];
    console.log(`   median ${median.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms   budget p95 <= 16 ms   ${verdict(p95 <= 16)}`);
    return p95 <= 16;
  } finally {
    await browser.close();
  }
}

// The floor page is served beside the site, from a folder of its own.
const floorDir = mkdtempSync(join(tmpdir(), 'lhs-floor-'));
writeFileSync(join(floorDir, 'floor.html'), floorPage());
const server = await serve(DIST, PORT, floorDir);
try {
  const results = [sizes(), await lighthouse(), await stepSwitches()];
  const missed = results.filter((ok) => !ok).length;
  console.log(`\nbench: ${results.length - missed} of ${results.length} budgets met`);
} finally {
  server.close();
  rmSync(floorDir, { recursive: true, force: true });
}
