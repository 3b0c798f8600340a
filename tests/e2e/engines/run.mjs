// The smoke suite in the other engines people use (make test-engines; README: Tests):
// the explorer's main journeys in WebKit (Safari's engine: Debian's WebKitWebDriver and
// MiniBrowser, on a virtual display) and Firefox (Debian's firefox-esr over WebDriver
// BiDi, with puppeteer-core), and every CSS declaration of the built pages checked with
// CSS.supports() in those two and Chromium. Nothing is downloaded: the engines are
// Debian's (.ci/setup browser installs them).
//
//   node engines/run.mjs [--engine firefox|webkit|chromium]... [--journey ID]... [--css-only]
//                        [--repeat N]   (each journey N times, to measure how steady it is)
//
// Without --engine: the CSS check in the three engines, the journeys in Firefox and WebKit
// (Chromium's are the Playwright specs). An --engine chromium runs the journeys there too.
// A missing engine fails the run when CI is set, and is skipped with a message otherwise.
// ENGINES_PORT (default 8097) and the next port serve the site and a host page.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { serve } from '../scripts/serve.mjs';
import * as css from './css.mjs';
import { JOURNEYS } from './journeys.mjs';
import { adopt, freePort, start, startXvfb, stop, stopAll, until, useLedger } from './processes.mjs';
import { Failure, firstLine, PuppeteerTab, webdriver, WebDriverTab } from './tab.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../../..');
const DIST = join(ROOT, 'dist');
const WORK = join(ROOT, 'target/engines');
const CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
const PORT = Number(process.env.ENGINES_PORT ?? 8097);
const JOURNEY_TIMEOUT = 60_000;

const { values: args } = parseArgs({
  options: {
    engine: { type: 'string', multiple: true },
    journey: { type: 'string', multiple: true },
    'css-only': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
  },
});

// Debian's engines; ENGINES_CHROMIUM, ENGINES_FIREFOX, ENGINES_WEBKIT_DRIVER and
// ENGINES_XVFB name others.
const ENGINES = {
  chromium: { label: 'Chromium', binary: process.env.ENGINES_CHROMIUM ?? '/usr/bin/chromium', install: 'chromium' },
  firefox: { label: 'Firefox', binary: process.env.ENGINES_FIREFOX ?? '/usr/bin/firefox-esr', install: 'firefox-esr' },
  webkit: {
    label: 'WebKit',
    binary: process.env.ENGINES_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver',
    install: 'webkit2gtk-driver and xvfb',
  },
};
const XVFB = process.env.ENGINES_XVFB ?? '/usr/bin/Xvfb';

const say = (text) => console.log(text);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------
// The site as the engines get it
// ---------------------------------------------------------------------------------------

/**
 * The three pages of dist/ with the error recorder first in their <head> (WebKitWebDriver
 * cannot read the console), served over dist/ by serve.mjs's overlay; and a host page on
 * another origin that embeds the explorer with embed.js, as the README tells a site to.
 */
function prepareSite(sitePort) {
  const recorder = readFileSync(join(HERE, 'recorder.js'), 'utf8');
  const tag = `<script>${recorder}</script>`;
  const overlay = join(WORK, 'site');
  const hosts = join(WORK, 'host');
  rmSync(overlay, { recursive: true, force: true });
  rmSync(hosts, { recursive: true, force: true });
  mkdirSync(overlay, { recursive: true });
  mkdirSync(hosts, { recursive: true });
  // A file of the site, not an inline script: the pages' Content-Security-Policy refuses those.
  writeFileSync(join(overlay, 'engines-recorder.js'), recorder);
  for (const page of css.PAGES) {
    // The minified pages have no <head> tag: the recorder goes right after the charset.
    const html = readFileSync(join(DIST, page), 'utf8');
    const first = /<meta charset[^>]*>|<head[^>]*>/i;
    if (!first.test(html)) throw new Error(`dist/${page} has no <meta charset> nor <head>`);
    writeFileSync(join(overlay, page), html.replace(first, (found) => `${found}<script src=engines-recorder.js></script>`));
  }
  writeFileSync(
    join(hosts, 'host.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A host page with one embed</title>
    ${tag}
  </head>
  <body>
    <h1>Our patient partnership page</h1>
    <p>Text above the embed.</p>
    <div id="roadmap" data-lhs-roadmap data-lang="fr" data-step="collect-data"></div>
    <p>Text below the embed.</p>
    <script src="http://127.0.0.1:${sitePort}/embed.js" async></script>
  </body>
</html>
`,
  );
  return { overlay, hosts };
}

async function listen(root, port, overlay) {
  const server = await Promise.race([
    serve(root, port, overlay),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`port ${port} did not open within 10 s`)), 10_000)),
  ]).catch((error) => {
    throw new Error(`cannot serve on 127.0.0.1:${port} (${firstLine(error)}): is another run using it? Set ENGINES_PORT`);
  });
  return server;
}

// ---------------------------------------------------------------------------------------
// Engines
// ---------------------------------------------------------------------------------------

async function puppeteer() {
  return (await import('puppeteer-core')).default;
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches an engine; returns { version, open(): Tab, close() }. */
async function launch(engine, logs) {
  if (engine === 'chromium' || engine === 'firefox') {
    const browser = await (await puppeteer()).launch(
      engine === 'firefox'
        ? {
            browser: 'firefox',
            executablePath: ENGINES.firefox.binary,
            headless: true,
            timeout: 60_000,
            protocolTimeout: 60_000,
            // Firefox's own logging goes to a file, not to our summary.
            dumpio: false,
            extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false },
          }
        : {
            browser: 'chrome',
            executablePath: ENGINES.chromium.binary,
            headless: true,
            timeout: 60_000,
            protocolTimeout: 60_000,
            args: CHROMIUM_ARGS,
          },
    );
    adopt(engine, browser.process()?.pid);
    const pid = browser.process()?.pid;
    return {
      version: (await browser.version()).replace(/^[^/]*\//, ''),
      open: () => PuppeteerTab.open(engine, browser),
      async close() {
        await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => {});
        await stop(pid);
      },
    };
  }

  // WebKit: Xvfb, then WebKitWebDriver, which starts one MiniBrowser per session.
  const xvfb = await startXvfb(XVFB, join(logs, 'xvfb.log'));
  // MiniBrowser's toolbar keeps its window wider than a phone (about 400 to 450 px); this
  // GTK style, which applies to the browser's own widgets only, lets it shrink to 375 px.
  const config = join(WORK, 'xdg-config');
  mkdirSync(join(config, 'gtk-3.0'), { recursive: true });
  writeFileSync(join(config, 'gtk-3.0/gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; }\n');
  const port = await freePort();
  const env = {
    ...process.env,
    DISPLAY: xvfb.display,
    XDG_CONFIG_HOME: config,
    // (WEBKIT_DISABLE_COMPOSITING_MODE=1 would make WebDriver's screenshots hang.)
    GTK_THEME: 'Adwaita',
    NO_AT_BRIDGE: '1', // no accessibility bus on a virtual display: no warnings about it
  };
  const driver = start('WebKitWebDriver', ENGINES.webkit.binary, [`--port=${port}`], {
    env,
    log: join(logs, 'webkitwebdriver.log'),
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await until(
      'WebKitWebDriver to answer',
      async () => (await webdriver(base, 'GET', '/status', undefined, 2000)).ready !== undefined,
      15_000,
    );
  } catch (error) {
    await stop(driver.pid);
    await stop(xvfb.pid);
    throw error;
  }
  const capabilities = { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } } };
  // MiniBrowser says so on its output when a web process crashes.
  const driverLog = join(logs, 'webkitwebdriver.log');
  const crashes = () => (readFileSync(driverLog, 'utf8').match(/WebProcess CRASHED/g) ?? []).length;
  // The version, from a first session.
  const first = await WebDriverTab.open('webkit', base, capabilities);
  const version = first.capabilities.browserVersion;
  await first.close();
  return {
    version,
    crashes,
    open: () => WebDriverTab.open('webkit', base, capabilities),
    async close() {
      await stop(driver.pid);
      await stop(xvfb.pid);
    },
  };
}

function miniBrowser() {
  const candidates = [
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.0/MiniBrowser',
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`MiniBrowser not found (looked in ${candidates.join(', ')}): is webkit2gtk-driver installed?`);
  return found;
}

function missing(engine) {
  const needs = engine === 'webkit' ? [ENGINES.webkit.binary, XVFB] : [ENGINES[engine].binary];
  return needs.filter((path) => !existsSync(path));
}

// ---------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------

async function withTimeout(promise, ms, what) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Failure(`${what} took longer than ${ms / 1000} s`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether the engine itself crashed under the journey (its web process died, or the
 * driver lost the page), and what a person would have seen; null for a plain failure.
 */
async function crashOf(engine, error, crashesBefore, browser, tab) {
  const label = ENGINES[engine].label;
  if (browser.crashes && browser.crashes() > crashesBefore) {
    return `${label}'s web process crashed (the page went blank, as Safari's “a problem repeatedly occurred”)`;
  }
  const lost = tab ? !(await withTimeout(tab.alive(), 10_000, 'asking the driver').catch(() => false)) : false;
  const text = String(error?.message ?? error);
  if (lost || /invalid session id|session deleted|no such window|Target closed|Session closed|Connection closed|Page crashed/i.test(text)) {
    return `${label} lost the page: its tab or web process is gone (${firstLine(error).slice(0, 120)})`;
  }
  return null;
}

async function runJourney(engine, browser, journey, env, shots) {
  const started = Date.now();
  const crashesBefore = browser.crashes ? browser.crashes() : 0;
  let tab;
  let error = null;
  let crash = null;
  try {
    tab = await withTimeout(browser.open(), 60_000, `opening a ${engine} tab`);
    await withTimeout(journey.run(tab, env), JOURNEY_TIMEOUT, 'the journey');
    await tab.harvest();
    const errors = [...new Set(tab.allErrors)];
    if (errors.length) {
      throw new Failure(`the page reported ${errors.length} error(s):\n      ${errors.join('\n      ')}`);
    }
  } catch (caught) {
    error = caught;
    crash = await crashOf(engine, caught, crashesBefore, browser, tab);
    if (tab) {
      const shot = await withTimeout(tab.screenshot(join(shots, `${engine}-${journey.id}.png`)), 10_000, 'a screenshot').catch(() => null);
      if (shot) error.shot = shot;
      // Errors seen before the failure often explain it.
      await tab.harvest().catch(() => {});
      const errors = [...new Set(tab.allErrors ?? [])];
      if (errors.length && !(caught.message ?? '').includes('reported')) error.errors = errors;
    }
  } finally {
    if (tab) await withTimeout(tab.close(), 15_000, 'closing the tab').catch(() => {});
  }
  return { id: journey.id, title: journey.title, ms: Date.now() - started, error, crash };
}

async function runCss(engine, browser, sheet, site) {
  const started = Date.now();
  let tab;
  try {
    tab = await browser.open();
    await tab.goto(`${site}/index.html`);
    const result = await withTimeout(css.check(tab, engine, sheet), 60_000, 'the CSS check');
    const error = result.rejected.length
      ? new Failure(
          `${engine} rejects ${result.rejected.length} of the built pages' CSS (a person would not get these styles):\n      ` +
            result.rejected.map((r) => `${r.kind} ${r.text}   [${r.where}]`).join('\n      '),
        )
      : null;
    return { id: 'css', title: `CSS.supports: every declaration, selector and media query`, ms: Date.now() - started, error, result };
  } catch (error) {
    return { id: 'css', title: 'CSS.supports check', ms: Date.now() - started, error };
  } finally {
    if (tab) await tab.close().catch(() => {});
  }
}

async function main() {
  const chosen = args.engine?.length ? args.engine : ['chromium', 'firefox', 'webkit'];
  for (const engine of chosen) {
    if (!ENGINES[engine]) throw new Error(`unknown engine “${engine}” (chromium, firefox, webkit)`);
  }
  const journeyEngines = args.engine?.length ? chosen : ['firefox', 'webkit'];
  const journeys = args.journey?.length ? JOURNEYS.filter((j) => args.journey.includes(j.id)) : JOURNEYS;
  if (args.journey?.length && journeys.length !== args.journey.length) {
    throw new Error(`unknown journey; known: ${JOURNEYS.map((j) => j.id).join(', ')}`);
  }

  mkdirSync(WORK, { recursive: true });
  const logs = join(WORK, 'logs');
  const shots = join(WORK, 'screenshots');
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  mkdirSync(shots, { recursive: true });

  const leftovers = await useLedger(join(WORK, 'running.json'));
  if (leftovers.length) say(`engines: ended what a killed earlier run left running: ${leftovers.join(', ')}`);

  for (const page of [...css.PAGES, 'embed.js']) {
    if (!existsSync(join(DIST, page))) throw new Failure(`dist/${page} is missing: build the site first (make build)`);
  }
  const sheet = css.collect(DIST);
  const { overlay, hosts } = prepareSite(PORT);
  const servers = [await listen(DIST, PORT, overlay), await listen(hosts, PORT + 1)];
  const env = { site: `http://127.0.0.1:${PORT}`, host: `http://127.0.0.1:${PORT + 1}` };
  say(
    `engines: the site on ${env.site}, a host page on ${env.host}; ${sheet.declarations.length} CSS declarations, ` +
      `${sheet.selectors.length} selectors, ${sheet.media.length} media queries in ${css.PAGES.join(', ')}`,
  );

  const report = [];
  try {
    for (const engine of chosen) {
      const entry = { engine, label: ENGINES[engine].label, results: [], version: null, skipped: null, started: Date.now() };
      report.push(entry);
      const absent = missing(engine);
      if (absent.length) {
        const message = `${absent.join(', ')} not found (Debian's ${ENGINES[engine].install}; make setup-browser installs what is missing)`;
        if (CI) entry.results.push({ id: 'engine', title: `${entry.label} is installed`, ms: 0, error: new Failure(message) });
        else entry.skipped = message;
        say(`\n${entry.label}: ${CI ? 'FAILED' : 'skipped'}: ${message}`);
        continue;
      }
      let browser;
      try {
        browser = await withTimeout(launch(engine, logs), 90_000, `starting ${entry.label}`);
      } catch (error) {
        entry.results.push({ id: 'engine', title: `${entry.label} starts`, ms: Date.now() - entry.started, error });
        say(`\n${entry.label}: could not start: ${firstLine(error)} (logs in ${logs})`);
        continue;
      }
      entry.version = browser.version;
      say(`\n${entry.label} ${browser.version}`);
      try {
        const cssResult = await runCss(engine, browser, sheet, env.site);
        entry.results.push(cssResult);
        print(cssResult);
        if (cssResult.result) {
          const c = cssResult.result.counts;
          say(
            `      ${c.declarations} declarations (and ${c.substituted} values with their var() substituted), ${c.selectors} selectors, ${c.media} media queries` +
              (c.guarded ? `; ${c.guarded} inside an @supports this engine fails, not checked` : '') +
              (cssResult.result.allowedSeen.length
                ? `; allowed: ${cssResult.result.allowedSeen.map((a) => `${a.text} (${a.why})`).join('; ')}`
                : ''),
          );
        }
        if (!args['css-only'] && journeyEngines.includes(engine)) {
          for (const journey of journeys) {
            for (let round = 0; round < Number(args.repeat); round += 1) {
              let result = await runJourney(engine, browser, journey, env, shots);
              if (result.error && result.crash) {
                // Not silent: the crash is printed here and counted in the summary. A
                // journey whose engine crashes twice fails.
                print(result, 'CRASH');
                say(`       ${result.crash}: running this journey once more`);
                const again = await runJourney(engine, browser, journey, env, shots);
                again.afterCrash = result.crash;
                result = again;
              }
              entry.results.push(result);
              print(result);
            }
          }
        }
      } finally {
        await browser.close();
      }
      entry.ms = Date.now() - entry.started;
    }
  } finally {
    await Promise.all(servers.map((server) => new Promise((r) => server.close(r))));
    const left = await stopAll();
    if (left.length) say(`engines: ended what was still running: ${left.join(', ')}`);
  }
  return summary(report);
}

function print(result, label) {
  const mark = label ?? (result.error ? 'FAIL' : 'ok  ');
  say(`  ${mark} ${result.title.padEnd(78)} ${seconds(result.ms).padStart(7)}`);
  if (result.error) {
    say(`       ${result.error instanceof Failure ? result.error.message : result.error.stack ?? result.error}`);
    if (result.error.errors) say(`       page errors before the failure:\n         ${result.error.errors.join('\n         ')}`);
    if (result.error.shot) say(`       screenshot: ${result.error.shot}`);
  }
}

function summary(report) {
  say('\nengines summary');
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const entry of report) {
    const ok = entry.results.filter((r) => !r.error).length;
    const bad = entry.results.filter((r) => r.error);
    const crashed = entry.results.filter((r) => r.afterCrash && !r.error);
    passed += ok;
    failed += bad.length;
    if (entry.skipped) {
      skipped += 1;
      say(`  ${entry.label.padEnd(9)} skipped: ${entry.skipped}`);
      continue;
    }
    say(
      `  ${entry.label.padEnd(9)} ${(entry.version ?? 'not running').padEnd(16)} ${String(ok).padStart(2)} passed, ${bad.length} failed` +
        `${entry.ms ? ` in ${seconds(entry.ms)}` : ''}${bad.length ? `: ${bad.map((r) => r.id).join(', ')}` : ''}`,
    );
    if (crashed.length) {
      say(`            (the engine crashed once during ${crashed.map((r) => r.id).join(', ')}; passed on a second run)`);
    }
  }
  say(`engines: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return failed === 0;
}

// Ctrl+C or a CI timeout: end every process the suite started, then leave.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    console.error(`engines: ${signal}, stopping`);
    await stopAll();
    process.exit(130);
  });
}

let code = 1;
try {
  code = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`engines: ${error instanceof Failure ? error.message : error.stack ?? error}`);
  const left = await stopAll();
  if (left.length) console.error(`engines: ended what was still running: ${left.join(', ')}`);
}
process.exit(code);
