// Every CSS declaration, selector and media query of the built pages, checked in each engine
// with the engine's own parser: CSS.supports(property, value) for declarations, a
// querySelector for selectors, matchMedia for media queries. An engine drops what it
// rejects without a word (a whole rule, for a selector), so this is how a page loses a
// style in one engine only. The pages' CSS is read from dist/ as built: Trunk's minifier
// rewrites it (it once folded the header's underline thickness into a `text-decoration`
// shorthand that WebKit rejects), so checking the sources would not be enough.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES = ['index.html', 'present.html', 'find.html'];

/**
 * What an engine may reject on purpose. Each entry names the engines allowed to reject it
 * and why; anything else an engine rejects fails the check.
 */
export const ALLOWED = [
  {
    // Stops phones from enlarging text on their own. Only mobile Safari and Chromium on
    // Android read it; Firefox and desktop engines reject it, which changes nothing.
    property: /^(-webkit-)?text-size-adjust$/,
    engines: ['chromium', 'firefox', 'webkit'],
    why: 'text-size-adjust: read by mobile browsers only',
  },
  {
    // Forced colours (Windows high contrast) exist in Chromium and Firefox only; WebKit
    // has no such mode, so a rule that opts out of it means nothing there.
    property: /^forced-color-adjust$/,
    engines: ['webkit'],
    why: 'forced-color-adjust: WebKit has no forced colours mode',
  },
  {
    // A vendor prefix is for its own engines; the others drop it, as intended.
    property: /^-(webkit|moz|ms)-/,
    engines: ['chromium', 'firefox', 'webkit'],
    why: 'vendor-prefixed property',
  },
  {
    selector: /::?-(webkit|moz|ms)-/,
    engines: ['chromium', 'firefox', 'webkit'],
    why: 'vendor-prefixed selector',
  },
];

function allowed(entry, engine) {
  return ALLOWED.find(
    (rule) =>
      rule.engines.includes(engine) &&
      ((rule.property && entry.property && rule.property.test(entry.property)) ||
        (rule.selector && entry.selector && rule.selector.test(entry.selector))),
  );
}

// ---------------------------------------------------------------------------------------
// Reading the style sheets
// ---------------------------------------------------------------------------------------

/** The text of each inline <style> block of a built page. */
export function styleBlocks(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]);
}

/** The files of the style sheets a built page links (relative to the page, without `./`). */
export function styleLinks(html) {
  return [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((link) => /\brel=["']?stylesheet\b/i.test(link))
    .map((link) => /\bhref=["']?(?:\.\/)?([^"'\s>]+)/i.exec(link)?.[1])
    .filter(Boolean);
}

/** Index of the first of `stops` at nesting depth 0 from `i`, skipping strings, comments and (). */
function scan(text, i, stops) {
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'") {
      i += 1;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (depth === 0 && stops.includes(c)) {
      return i;
    } else if (c === '(' || c === '[') {
      depth += 1;
    } else if (c === ')' || c === ']') {
      depth -= 1;
    }
    i += 1;
  }
  return text.length;
}

/** The index just after the `}` that closes the `{` at `open`. */
function closing(text, open) {
  let i = open + 1;
  let depth = 1;
  while (i < text.length && depth > 0) {
    const j = scan(text, i, '{}');
    if (j >= text.length) return text.length;
    depth += text[j] === '{' ? 1 : -1;
    i = j + 1;
  }
  return i;
}

const stripComments = (text) => text.replace(/\/\*[\s\S]*?\*\//g, '');

// At-rules whose block holds rules (or, nested, declarations).
const GROUPING = /^@(media|supports|container|layer|scope|starting-style|document)\b/i;
// At-rules whose block holds descriptors, not properties: CSS.supports does not apply.
const DESCRIPTORS = /^@(font-face|page|counter-style|property|font-feature-values|font-palette-values|view-transition)\b/i;

/**
 * Declarations, selectors and media queries of a style sheet's text, each with where it
 * was found (`page`, and the rule it sits in).
 */
export function parse(css, page) {
  const found = { declarations: [], selectors: [], media: [], skipped: [] };
  // `guards`: the @supports conditions around a rule. An engine that fails one never
  // applies what is inside, so what it rejects there is a fallback written on purpose.
  const walk = (text, context, inKeyframes, guards = []) => {
    let i = 0;
    while (i < text.length) {
      const stop = scan(text, i, '{};');
      const head = stripComments(text.slice(i, stop)).trim();
      if (stop >= text.length || text[stop] === ';' || text[stop] === '}') {
        if (head) declaration(head, context, guards);
        i = stop + 1;
        continue;
      }
      const end = closing(text, stop);
      const body = text.slice(stop + 1, end - 1);
      if (head.startsWith('@')) {
        if (/^@media\b/i.test(head)) {
          found.media.push({ query: head.replace(/^@media\s*/i, ''), page, context, guards });
        }
        const inner = /^@supports\b/i.test(head) ? [...guards, head.replace(/^@supports\s*/i, '')] : guards;
        if (/^@(-webkit-)?keyframes\b/i.test(head)) walk(body, `${context}${head} `, true, inner);
        else if (GROUPING.test(head)) walk(body, `${context}${head} `, false, inner);
        else if (DESCRIPTORS.test(head)) found.skipped.push({ rule: head, page });
        else found.skipped.push({ rule: head, page });
      } else {
        if (!inKeyframes) {
          for (const selector of splitTop(head, ',')) found.selectors.push({ selector, page, context, guards });
        }
        walk(body, `${context}${head} `, inKeyframes, guards);
      }
      i = end;
    }
  };
  const declaration = (text, context, guards) => {
    const colon = scan(text, 0, ':');
    if (colon >= text.length) {
      found.skipped.push({ rule: text, page, context });
      return;
    }
    const property = text.slice(0, colon).trim();
    const value = text
      .slice(colon + 1)
      .trim()
      .replace(/\s*!\s*important$/i, '');
    found.declarations.push({
      property: property.startsWith('--') ? property : property.toLowerCase(),
      value,
      page,
      context: context.trim(),
      guards,
    });
  };
  walk(stripComments(css), '', false);
  return found;
}

function splitTop(text, separator) {
  const parts = [];
  let i = 0;
  while (i <= text.length) {
    const j = scan(text, i, separator);
    const part = text.slice(i, j).trim();
    if (part) parts.push(part);
    i = j + 1;
  }
  return parts;
}

// ---------------------------------------------------------------------------------------
// Custom properties: a value with var() is valid for any engine until it is substituted,
// so each var() is also replaced by the values the sheets give that custom property.
// ---------------------------------------------------------------------------------------

/** `value` with each var() replaced: `choice` picks which definition of a name (default the first). */
function substitute(value, custom, choice, depth = 0) {
  if (depth > 8 || !value.includes('var(')) return value;
  let out = '';
  let i = 0;
  for (;;) {
    const at = value.indexOf('var(', i);
    if (at < 0) return out + value.slice(i);
    const close = scan(value, at + 4, ')');
    const inner = value.slice(at + 4, close);
    const comma = scan(inner, 0, ',');
    const name = inner.slice(0, comma).trim();
    const fallback = comma < inner.length ? inner.slice(comma + 1).trim() : null;
    const known = custom.get(name);
    const replacement = known ? known[choice.get(name) ?? 0] : fallback;
    if (replacement == null) return null; // nothing to substitute: not checkable
    const inside = substitute(replacement, custom, choice, depth + 1);
    if (inside === null) return null;
    // Substitution is of tokens: keep the neighbours apart (`var(--a)var(--b)`, minified).
    out += `${value.slice(i, at)} ${inside} `;
    i = close + 1;
  }
}

/** The custom properties `value` uses, directly or through other custom properties. */
function namesUsed(value, custom, seen = new Set()) {
  for (const [, name] of value.matchAll(/var\(\s*(--[\w-]+)/g)) {
    if (seen.has(name)) continue;
    seen.add(name);
    for (const definition of custom.get(name) ?? []) namesUsed(definition, custom, seen);
  }
  return seen;
}

/**
 * The values `value` takes once its var() are substituted: with the first definition of
 * each custom property, then with each other definition of one of them (a theme, the
 * embed's accent, print), so that every definition is tried at least once.
 */
export function substitutions(value, custom) {
  const variants = new Set();
  const tidy = (text) => text.replace(/\s+/g, ' ').trim();
  const base = substitute(value, custom, new Map());
  if (base !== null) variants.add(tidy(base));
  for (const name of namesUsed(value, custom)) {
    const definitions = custom.get(name) ?? [];
    for (let k = 1; k < definitions.length; k += 1) {
      const variant = substitute(value, custom, new Map([[name, k]]));
      if (variant !== null) variants.add(tidy(variant));
    }
  }
  variants.delete(value);
  return [...variants];
}

/**
 * Everything to check, from the built pages in `dist`: unique declarations (raw, and with
 * their var() substituted), selectors and media queries, each with the pages it is on.
 */
export function collect(dist) {
  const all = { declarations: [], selectors: [], media: [], skipped: [] };
  for (const page of PAGES) {
    const html = readFileSync(join(dist, page), 'utf8');
    // The pages link their style sheets (a strict Content-Security-Policy refuses <style>
    // blocks); blocks are read too, should one come back.
    const blocks = [
      ...styleBlocks(html),
      ...styleLinks(html).map((file) => readFileSync(join(dist, file), 'utf8')),
    ];
    if (blocks.length === 0) throw new Error(`dist/${page} has no style sheet: was it built by make build?`);
    for (const block of blocks) {
      const found = parse(block, page);
      for (const key of Object.keys(all)) all[key].push(...found[key]);
    }
  }
  const custom = new Map();
  for (const d of all.declarations) {
    if (!d.property.startsWith('--')) continue;
    if (!custom.has(d.property)) custom.set(d.property, []);
    if (!custom.get(d.property).includes(d.value)) custom.get(d.property).push(d.value);
  }
  const unique = (list, key) => {
    const map = new Map();
    for (const item of list) {
      const k = key(item);
      if (!map.has(k)) map.set(k, { ...item, pages: new Set() });
      map.get(k).pages.add(item.page);
    }
    return [...map.values()].map((item) => ({ ...item, pages: [...item.pages] }));
  };
  const declarations = unique(
    all.declarations.filter((d) => !d.property.startsWith('--')),
    (d) => `${d.property}:${d.value}@${d.guards.join('&')}`,
  ).map((d) => ({ ...d, substituted: d.value.includes('var(') ? substitutions(d.value, custom) : [] }));
  return {
    declarations,
    customProperties: custom.size,
    selectors: unique(all.selectors, (s) => `${s.selector}@${s.guards.join('&')}`),
    media: unique(all.media, (m) => `${m.query}@${m.guards.join('&')}`),
    skipped: all.skipped,
  };
}

// ---------------------------------------------------------------------------------------
// Checking in an engine
// ---------------------------------------------------------------------------------------

/**
 * Runs the checks in `tab` (any page of the site). Returns { counts, rejected, allowedSeen }:
 * `rejected` lists what fails the check, `allowedSeen` what the allow-list excused.
 */
export async function check(tab, engine, sheet) {
  const input = {
    declarations: sheet.declarations.map((d) => [d.property, d.value, d.substituted]),
    selectors: sheet.selectors.map((s) => s.selector),
    media: sheet.media.map((m) => m.query),
    guards: [...new Set([...sheet.declarations, ...sheet.selectors, ...sheet.media].flatMap((item) => item.guards))],
  };
  const verdict = await tab.run((H, input) => {
    // The checker checks itself: nonsense is refused and plain CSS accepted.
    const sane =
      CSS.supports('color', 'red') &&
      !CSS.supports('color', 'not-a-colour') &&
      matchMedia('(min-width: 1px)').media !== 'not all';
    const fragment = document.createDocumentFragment();
    const selectorOk = (selector) => {
      try {
        fragment.querySelector(selector);
        return true;
      } catch {
        return false;
      }
    };
    return {
      sane,
      guards: input.guards.map((condition) => CSS.supports(condition)),
      declarations: input.declarations.map(([property, value, substituted]) => [
        CSS.supports(property, value),
        substituted.map((variant) => CSS.supports(property, variant)),
      ]),
      selectors: input.selectors.map(selectorOk),
      media: input.media.map((query) => {
        const parsed = matchMedia(query).media;
        return parsed !== 'not all' || /^\s*not\s+all\s*$/i.test(query);
      }),
    };
  }, input);
  if (!verdict.sane) throw new Error(`${engine}'s CSS.supports() or matchMedia() does not behave as expected: the check cannot be trusted`);

  const rejected = [];
  const allowedSeen = [];
  // What sits inside an @supports this engine fails is not for this engine.
  const failing = new Set(input.guards.filter((_, i) => !verdict.guards[i]));
  const guarded = (item) => item.guards.some((condition) => failing.has(condition));
  let skipped = 0;
  const where = (item) => `${item.pages.join(', ')}${item.context ? ` (in ${item.context.slice(0, 80)})` : ''}`;
  sheet.declarations.forEach((d, i) => {
    if (guarded(d)) {
      skipped += 1;
      return;
    }
    const [raw, substituted] = verdict.declarations[i];
    const entry = { property: d.property };
    const fails = [];
    if (!raw) fails.push(`${d.property}: ${d.value}`);
    substituted.forEach((ok, k) => {
      if (!ok) fails.push(`${d.property}: ${d.value}  →  ${d.property}: ${d.substituted[k]}`);
    });
    for (const text of fails) {
      const rule = allowed(entry, engine);
      (rule ? allowedSeen : rejected).push({ kind: 'declaration', text, where: where(d), why: rule?.why });
    }
  });
  sheet.selectors.forEach((s, i) => {
    if (verdict.selectors[i]) return;
    if (guarded(s)) {
      skipped += 1;
      return;
    }
    const rule = allowed({ selector: s.selector }, engine);
    (rule ? allowedSeen : rejected).push({ kind: 'selector', text: s.selector, where: where(s), why: rule?.why });
  });
  sheet.media.forEach((m, i) => {
    if (verdict.media[i]) return;
    if (guarded(m)) {
      skipped += 1;
      return;
    }
    rejected.push({ kind: 'media query', text: `@media ${m.query}`, where: where(m) });
  });
  const substitutedCount = sheet.declarations.reduce((sum, d) => sum + d.substituted.length, 0);
  return {
    counts: {
      declarations: sheet.declarations.length,
      substituted: substitutedCount,
      selectors: sheet.selectors.length,
      media: sheet.media.length,
      guarded: skipped,
    },
    rejected,
    allowedSeen,
  };
}
