// One browser tab, whatever drives it: puppeteer-core (Firefox over WebDriver BiDi,
// Chromium over CDP) or plain WebDriver classic over HTTP (WebKitWebDriver). The journeys
// see only this class: they act as a person does (a pointer click at a point, a key press,
// typing) and check what is on screen through the helpers of in-page.js.

import { readFileSync, writeFileSync } from 'node:fs';

const HELPERS = readFileSync(new URL('./in-page.js', import.meta.url), 'utf8').replace(/^\s*\/\/.*$/gm, '');

/** What drivers say once the page or the whole browser is gone. */
const GONE = /invalid session id|session deleted|Target closed|Session closed|Connection closed|Page crashed/i;

/** A failed expectation, worded as what a person would have seen. */
export class Failure extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wraps `fn(H, ...args)` so that it runs in the page with the helpers as H. */
function script(fn, args) {
  return `(async function () { var H = (${HELPERS})(); return (${fn.toString()}).apply(null, [H].concat(${JSON.stringify(args)})); })()`;
}

export class Tab {
  constructor(engine, { timeout = 10_000 } = {}) {
    this.engine = engine;
    this.timeout = timeout;
    /** Page errors and console errors seen so far (texts). */
    this.errors = [];
    this.seenIds = new Set();
  }

  // ---- what each driver provides -------------------------------------------------------
  /* eslint-disable no-unused-vars */
  async _goto(url) {}
  async _reload() {}
  async _eval(source) {}
  async _click(x, y) {}
  async _key(key) {}
  async _type(text) {}
  async _size(width, height) {}
  async _enterFrame(css) {}
  async _leaveFrame() {}
  async _url() {}
  async _screenshot(path) {}
  async _close() {}
  /* eslint-enable no-unused-vars */

  // ---- actions --------------------------------------------------------------------------

  /** Runs `fn(H, ...args)` in the page (or the frame entered) and returns its result. */
  async run(fn, ...args) {
    return this._eval(script(fn, args));
  }

  /** Loads `url` in a fresh document (a hash-only change would not reload the app). */
  async goto(url) {
    await this.harvest();
    const current = await this._url().catch(() => '');
    if (current && current !== 'about:blank' && current.split('#')[0] === url.split('#')[0]) {
      await this._goto('about:blank');
    }
    await this._goto(url);
  }

  async reload() {
    await this.harvest();
    await this._reload();
  }

  url() {
    return this._url();
  }

  /** Sets the size of the page's viewport, in CSS pixels. */
  async size(width, height) {
    await this._size(width, height);
    const got = await this.run(() => [innerWidth, innerHeight]);
    if (got[0] !== width) {
      throw new Failure(`the ${this.engine} window would not show the page ${width} px wide (it is ${got[0]} × ${got[1]} px)`);
    }
  }

  /** Presses and releases one key: 'Tab', 'Enter', 'Space', 'ArrowRight', 'Home', '3'… */
  async press(key) {
    await this._key(key);
  }

  async type(text) {
    await this._type(text);
  }

  /**
   * Clicks where a person would: at the centre of the element `spec` finds (scrolled into
   * view), with the pointer, after checking nothing else is drawn there.
   */
  async click(spec) {
    const point = await this.waitFor(
      `${describeSpec(spec)} can be clicked`,
      async (H, spec) => {
        const point = await H.clickPoint(spec);
        return point.error ? point.error : point;
      },
      [spec],
    );
    await this._click(point.x, point.y);
    return point;
  }

  /** Runs a script inside the iframe `css` until leaveFrame(). */
  async enterFrame(css) {
    await this._enterFrame(css);
  }

  async leaveFrame() {
    await this._leaveFrame();
  }

  // ---- checks ---------------------------------------------------------------------------

  /**
   * Polls `fn(H, ...args)` in the page until it returns something other than a string
   * (its result is returned); a string is what the page shows instead. On timeout,
   * fails with `expectation`, what was shown instead, and a short account of the screen.
   */
  async waitFor(expectation, fn, args = [], { timeout = this.timeout } = {}) {
    const deadline = Date.now() + timeout;
    let last = 'nothing was checked';
    for (;;) {
      try {
        const result = await this.run(fn, ...args);
        if (typeof result !== 'string' && result !== false && result != null) return result;
        last = typeof result === 'string' ? result : 'it did not happen';
      } catch (error) {
        // The engine lost the page (a crash): nothing more will come.
        if (GONE.test(String(error?.message ?? error))) {
          throw new Failure(`expected ${expectation}, but the browser lost the page (${firstLine(error)})`);
        }
        // A script that ran while the page was navigating; try again.
        last = `the page could not be read (${firstLine(error)})`;
      }
      if (Date.now() > deadline) break;
      await sleep(100);
    }
    let screen = '';
    try {
      screen = await this.run((H) => H.screen());
    } catch (error) {
      screen = `(the screen could not be read: ${firstLine(error)})`;
    }
    throw new Failure(`expected ${expectation}, but ${last}.\n      On screen: ${screen}`);
  }

  /** Waits until `spec` finds a visible element; returns its description. */
  async see(spec, expectation = `${describeSpec(spec)} on screen`, options) {
    return this.waitFor(
      expectation,
      (H, spec) => {
        const found = H.all(spec);
        const shown = found.filter(H.visible);
        if (shown.length) return { shown: H.describe(shown[0]) };
        return found.length ? `the ${H.say(spec)} is there but not shown` : `there is no ${H.say(spec)}`;
      },
      [spec],
      options,
    );
  }

  /** Waits until `spec` finds no visible element. */
  async notSee(spec, expectation = `no ${describeSpec(spec, '')} on screen`) {
    return this.waitFor(
      expectation,
      (H, spec) => {
        const shown = H.all(spec).filter(H.visible);
        return shown.length ? `${H.describe(shown[0])} is shown` : true;
      },
      [spec],
    );
  }

  /** Waits until the address ends with `hash` (a string, or { re }). */
  async expectHash(hash) {
    return this.waitFor(
      `the address to end with ${hash.re ? `/${hash.re}/` : `“${hash}”`}`,
      (H, hash) => {
        const here = decodeURIComponent(location.hash);
        const ok = hash.re ? new RegExp(hash.re).test(here) : here.endsWith(hash);
        return ok ? true : `the address is “${location.pathname.replace(/^.*\//, '')}${location.hash}”`;
      },
      [hash],
    );
  }

  // ---- errors ---------------------------------------------------------------------------

  /** Collects what the recorder (recorder.js) saw in the current document and frame. */
  async harvest() {
    let entries = [];
    try {
      entries = await this.run(() => {
        let kept = [];
        try {
          kept = JSON.parse(sessionStorage.getItem('lhs-engines.errors') || '[]');
        } catch (error) {
          kept = [];
        }
        return kept.concat(window.__engineErrors || []);
      });
    } catch (error) {
      return; // about:blank, or a page that is going away: nothing of ours to read.
    }
    for (const entry of entries ?? []) {
      if (this.seenIds.has(entry.id)) continue;
      this.seenIds.add(entry.id);
      this.errors.push(`${entry.kind} on ${entry.page}: ${entry.text}`);
    }
  }

  /** A native console or page error, from drivers that can see them. */
  nativeError(text) {
    this.errors.push(text);
  }

  async screenshot(path) {
    try {
      await this._screenshot(path);
      return path;
    } catch (error) {
      return `none (${firstLine(error)})`;
    }
  }

  /** Whether the driver still has the page (false after a crash of the engine). */
  async alive() {
    try {
      await this._url();
      return true;
    } catch {
      return false;
    }
  }

  async close() {
    await this._close();
  }
}

/** How a person would name what `spec` finds: “the link “English” in the navigation “Langue””. */
export function describeSpec(spec, article = 'the ') {
  let what = spec.role ? spec.role : spec.css ? `element “${spec.css}”` : 'element';
  if (spec.name != null) what += ` “${spec.name.re ? `/${spec.name.re}/` : spec.name}”`;
  if (spec.within) what += ` in ${describeSpec(spec.within)}`;
  return article + what;
}

export function firstLine(error) {
  return String(error?.message ?? error).split('\n')[0].slice(0, 300);
}

// ---------------------------------------------------------------------------------------
// puppeteer-core: Firefox (WebDriver BiDi) and Chromium (CDP)
// ---------------------------------------------------------------------------------------

const PUPPETEER_KEYS = { Space: ' ' }; // over BiDi, the key name "Space" is refused

export class PuppeteerTab extends Tab {
  static async open(engine, browser, options) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const tab = new PuppeteerTab(engine, options);
    tab.context = context;
    tab.page = page;
    tab.frame = null;
    page.setDefaultTimeout(30_000);
    page.setDefaultNavigationTimeout(30_000);
    page.on('pageerror', (error) => tab.nativeError(`pageerror: ${firstLine(error)}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // Chromium's note on Trunk's preload links (see fixtures.ts): never a failure.
      if (/The `integrity` attribute is currently ignored/.test(text)) return;
      tab.nativeError(`console.error: ${text}`);
    });
    return tab;
  }

  /** Native events repeat what the recorder saw; keep only those it did not. */
  nativeError(text) {
    this.native = this.native ?? [];
    this.native.push(text);
  }

  get allErrors() {
    const recorded = this.errors.join('\n');
    const extra = (this.native ?? []).filter((text) => {
      const body = text.replace(/^(pageerror|console\.error): (Uncaught )?(\w*Error: )?/, '').slice(0, 60);
      return !recorded.includes(body);
    });
    return [...this.errors, ...extra];
  }

  async _goto(url) {
    this.frame = null;
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async _reload() {
    this.frame = null;
    await this.page.reload({ waitUntil: 'load' });
  }

  async _eval(source) {
    return (this.frame ?? this.page).evaluate(source);
  }

  async _click(x, y) {
    await this.page.mouse.click(x, y);
  }

  async _key(key) {
    await this.page.keyboard.press(PUPPETEER_KEYS[key] ?? key);
  }

  async _type(text) {
    await this.page.keyboard.type(text);
  }

  async _size(width, height) {
    await this.page.setViewport({ width, height });
  }

  async _enterFrame(css) {
    const handle = await this.page.waitForSelector(css, { timeout: this.timeout });
    const frame = await handle.contentFrame();
    if (!frame) throw new Failure(`“${css}” is not a frame`);
    this.frame = frame;
  }

  async _leaveFrame() {
    this.frame = null;
  }

  async _url() {
    if (this.page.isClosed()) throw new Error('the page is closed');
    await this.page.evaluate('1');
    return this.page.url();
  }

  async _screenshot(path) {
    await this.page.screenshot({ path });
  }

  async _close() {
    await this.context.close();
  }
}

// ---------------------------------------------------------------------------------------
// WebDriver classic over HTTP: WebKitWebDriver (WebKitGTK's MiniBrowser)
// ---------------------------------------------------------------------------------------

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const WEBDRIVER_KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** One WebDriver command; fails with the driver's own error message. */
export async function webdriver(base, method, path, body, timeout = 30_000) {
  let response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    throw new Error(`WebDriver ${method} ${path}: no answer (${firstLine(error.cause ?? error)})`);
  }
  const text = await response.text();
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok || data?.value?.error) {
    const value = data?.value ?? {};
    throw new Error(`WebDriver ${method} ${path}: ${value.error ?? response.status}: ${firstLine(value.message ?? text)}`);
  }
  return data.value;
}

export class WebDriverTab extends Tab {
  /** Opens a new session (a new MiniBrowser, with its own empty storage). */
  static async open(engine, base, capabilities, options) {
    const value = await webdriver(base, 'POST', '/session', { capabilities }, 60_000);
    const tab = new WebDriverTab(engine, options);
    tab.base = base;
    tab.id = value.sessionId;
    tab.capabilities = value.capabilities;
    tab.chrome = null; // the window's size beyond its page, once measured
    await tab.cmd('POST', '/timeouts', { script: 30_000, pageLoad: 30_000, implicit: 0 });
    return tab;
  }

  cmd(method, path, body, timeout) {
    return webdriver(this.base, method, `/session/${this.id}${path}`, body, timeout);
  }

  async _goto(url) {
    await this.cmd('POST', '/frame', { id: null });
    await this.cmd('POST', '/url', { url });
  }

  async _reload() {
    await this.cmd('POST', '/frame', { id: null });
    await this.cmd('POST', '/refresh', {});
  }

  async _eval(source) {
    return this.cmd('POST', '/execute/sync', { script: `return ${source};`, args: [] });
  }

  async _actions(actions) {
    await this.cmd('POST', '/actions', { actions });
    await this.cmd('DELETE', '/actions');
  }

  async _click(x, y) {
    await this._actions([
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', duration: 0, origin: 'viewport', x, y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
  }

  async _key(key) {
    const value = WEBDRIVER_KEYS[key] ?? key;
    if ([...value].length !== 1) throw new Error(`no WebDriver key for “${key}”`);
    await this._actions([
      {
        type: 'key',
        id: 'keyboard',
        actions: [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ],
      },
    ]);
  }

  async _type(text) {
    await this._actions([
      {
        type: 'key',
        id: 'keyboard',
        actions: [...text].flatMap((value) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]),
      },
    ]);
  }

  async _size(width, height) {
    // The window is larger than its page by its frame and toolbar: measure that once.
    if (!this.chrome) {
      const rect = await this.cmd('POST', '/window/rect', { width, height });
      const inner = await this._eval('[innerWidth, innerHeight]');
      this.chrome = { width: rect.width - inner[0], height: rect.height - inner[1] };
    }
    await this.cmd('POST', '/window/rect', {
      width: width + this.chrome.width,
      height: height + this.chrome.height,
    });
    // GTK applies a new size asynchronously.
    for (let i = 0; i < 50; i += 1) {
      const inner = await this._eval('[innerWidth, innerHeight]');
      if (inner[0] === width && inner[1] === height) return;
      await sleep(100);
    }
  }

  async _enterFrame(css) {
    const deadline = Date.now() + this.timeout;
    let found;
    for (;;) {
      try {
        found = await this.cmd('POST', '/element', { using: 'css selector', value: css });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw new Failure(`expected the frame “${css}”, but there is none (${firstLine(error)})`);
        await sleep(100);
      }
    }
    await this.cmd('POST', '/frame', { id: { [ELEMENT]: found[ELEMENT] } });
  }

  async _leaveFrame() {
    await this.cmd('POST', '/frame/parent', {});
  }

  async _url() {
    return this.cmd('GET', '/url');
  }

  async _screenshot(path) {
    const png = await this.cmd('GET', '/screenshot');
    writeFileSync(path, Buffer.from(png, 'base64'));
  }

  async _close() {
    await this.cmd('DELETE', '', undefined, 15_000);
  }

  get allErrors() {
    return this.errors;
  }
}
