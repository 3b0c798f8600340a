// The CSS reader of css.mjs, without a browser (node --test; make test-engines runs it
// first): what it finds in minified CSS is what the engines are asked about.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parse, styleBlocks, styleLinks, substitutions } from './css.mjs';

const pairs = (css) => parse(css, 'p').declarations.map((d) => `${d.property}: ${d.value}`);

test('declarations of minified rules, with !important dropped and strings and comments kept apart', () => {
  assert.deepEqual(
    pairs('.a{color:red;text-decoration:underline 3px}/* x{y:z} */.b::before{content:"{;}";margin:0!important}'),
    ['color: red', 'text-decoration: underline 3px', 'content: "{;}"', 'margin: 0'],
  );
});

test('rules inside @media and @supports are read, @keyframes steps are not selectors, descriptors are skipped', () => {
  const found = parse(
    '@media (width>=48em){.x{gap:1rem}}@supports (display:grid){.g{display:grid}}@keyframes k{from{opacity:0}to{opacity:1}}@page{size:A4}@font-face{font-family:x}',
    'p',
  );
  assert.deepEqual(
    found.declarations.map((d) => [d.property, d.value, d.guards]),
    [
      ['gap', '1rem', []],
      ['display', 'grid', ['(display:grid)']],
      ['opacity', '0', []],
      ['opacity', '1', []],
    ],
  );
  assert.deepEqual(found.selectors.map((s) => s.selector), ['.x', '.g']);
  assert.deepEqual(found.media.map((m) => m.query), ['(width>=48em)']);
  assert.deepEqual(found.skipped.map((s) => s.rule), ['@page', '@font-face']);
});

test('selector lists are split at top-level commas only', () => {
  const found = parse('a,b:is(.c,.d),e[f="g,h"]{color:red}', 'p');
  assert.deepEqual(found.selectors.map((s) => s.selector), ['a', 'b:is(.c,.d)', 'e[f="g,h"]']);
});

test('var() is substituted with every definition, keeping minified neighbours apart', () => {
  const custom = new Map([
    ['--a', ['1rem']],
    ['--b', ['0', '2px']],
  ]);
  assert.deepEqual(substitutions('var(--a)var(--b)', custom), ['1rem 0', '1rem 2px']);
  assert.deepEqual(substitutions('var(--none,3px) solid', custom), ['3px solid']);
  assert.deepEqual(substitutions('var(--none)', custom), []);
  assert.deepEqual(substitutions('calc(var(--a) + 1px)', custom), ['calc( 1rem + 1px)']);
});

test('a page may have several <style> blocks', () => {
  assert.deepEqual(styleBlocks('<style>a{}</style><p>x</p><style media=print>b{}</style>'), ['a{}', 'b{}']);
});

test('the style sheets a minified page links, in order, whatever the quotes', () => {
  assert.deepEqual(
    styleLinks('<link href=./a-1.css rel=stylesheet><link rel="modulepreload" href="./x.js"><link rel=\'stylesheet\' href=\'b.css\'>'),
    ['a-1.css', 'b.css'],
  );
});
