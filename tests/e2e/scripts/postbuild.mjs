// Finishes the site Trunk wrote: minifies the scripts (Trunk's minifier cannot read the
// wasm-bindgen glue's module syntax) and the content file; makes each page start under a
// strict Content-Security-Policy (scripts/csp.mjs: no inline script or style); then writes
// the service worker's list of files to cache and its version, a hash of those files.
// Before that list, the explorer's first view is rendered into index.html by the program
// given as the second argument (src/bin/prerender.rs), from the content file as served.
// Usage: node postbuild.mjs dist [prerender program]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { META_POLICY } from './csp.mjs';

const root = process.argv[2] ?? 'dist';
const PAGES = ['index.html', 'present.html', 'find.html'];

for (const name of readdirSync(root).filter((file) => file.endsWith('.js') && file !== 'sw.js')) {
  const path = join(root, name);
  const source = readFileSync(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, code);
  console.log(`postbuild: minified ${name} ${source.length} -> ${code.length} bytes`);
}

// The content without its indentation: 0.8 KB less to download, the same data. (A file an
// editor puts in its place later is served as they wrote it.)
const contentPath = join(root, 'content/roadmap.json');
const content = readFileSync(contentPath, 'utf8');
writeFileSync(contentPath, JSON.stringify(JSON.parse(content)));

/** `<stem>-<16 hex digits of its hash>.<ext>`: Trunk's way, so hosts cache it for ever. */
function hashedName(stem, ext, text) {
  return `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;
}

/** The file a `<link>` or `<script>` tag of a minified page points to, without `./`. */
function target(tag, attribute) {
  const found = new RegExp(`\\b${attribute}=["']?(?:\\./)?([^"'\\s>]+)`).exec(tag);
  if (!found) throw new Error(`no ${attribute} in ${tag}`);
  return found[1];
}

const combined = new Set();
for (const page of PAGES) {
  const path = join(root, page);
  let html = readFileSync(path, 'utf8');

  // Trunk starts the wasm from an inline module script, which the policy refuses: the same
  // code from a file of its own, named after the wasm it starts.
  const inline = [...html.matchAll(/<script type=["']?module["']?>([\s\S]*?)<\/script>/g)];
  if (inline.length !== 1) throw new Error(`${page}: expected Trunk's one inline module script, found ${inline.length} (was this dist already finished?)`);
  const [tag, source] = inline[0];
  const stem = /from\s*["']\.\/([a-z0-9-]+?)-[0-9a-f]{8,16}\.js["']/.exec(source)?.[1];
  if (!stem) throw new Error(`${page}: Trunk's module script imports no <name>-<hash>.js`);
  const { code: loader } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  const loaderName = hashedName(`${stem}-start`, 'js', loader);
  writeFileSync(join(root, loaderName), loader);
  html = html.replace(tag, `<script type=module src=./${loaderName}></script>`);

  // Trunk links each style sheet (rel="css" in the page's source): one file instead, in
  // the same order, so that the first paint waits for one request, not one per sheet.
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((match) => match[0])
    .filter((link) => /\brel=["']?stylesheet\b/.test(link));
  if (links.length === 0) throw new Error(`${page} links no style sheet`);
  if (links.some((link) => /\bmedia=/.test(link))) throw new Error(`${page}: a style sheet with media= cannot be joined to the others`);
  const sheets = links.map((link) => target(link, 'href'));
  const css = sheets.map((sheet) => readFileSync(join(root, sheet), 'utf8').trim()).join('\n');
  if (/@(import|charset)\b/.test(css)) throw new Error(`${page}: @import or @charset cannot be joined mid-file`);
  const cssName = hashedName(stem, 'css', css);
  writeFileSync(join(root, cssName), css);
  links.forEach((link, i) => {
    html = html.replace(link, i === 0 ? `<link href=./${cssName} rel=stylesheet>` : '');
  });
  for (const sheet of sheets) if (sheet !== cssName) combined.add(sheet);

  // The policy in the page as well, for hosts that cannot send headers. First in the head:
  // it covers only what comes after it.
  const charset = /<meta charset[^>]*>/i;
  if (!charset.test(html)) throw new Error(`${page} has no <meta charset>`);
  html = html.replace(charset, (found) => `${found}<meta content="${META_POLICY}" http-equiv=content-security-policy>`);
  writeFileSync(path, html);
  console.log(`postbuild: ${page} starts from ${loaderName}, styled by ${cssName} (${sheets.length} sheets, ${css.length} bytes)`);
}
// The sheets are all in the joined files now: neither shipped nor cached.
for (const sheet of combined) unlinkSync(join(root, sheet));

const prerender = process.argv[3];
if (prerender) {
  execFileSync(prerender, [root], { stdio: 'inherit' });
  // The explorer's first view shows once the content file is checked (src/boot.js), and
  // the app takes it over only with that file in hand: the content comes first. Trunk's
  // preload of the wasm would start its download at once and share the connection with
  // the content; without it the wasm starts with the module script, after the page is
  // parsed, while the content has a head start.
  const index = join(root, 'index.html');
  const html = readFileSync(index, 'utf8');
  const preload = /<link\b[^>]*\brel=["']?preload["']?[^>]*_bg\.wasm[^>]*>|<link\b[^>]*_bg\.wasm[^>]*\brel=["']?preload["']?[^>]*>/;
  if (!preload.test(html)) throw new Error('index.html: no preload of the wasm found to remove');
  writeFileSync(index, html.replace(preload, ''));
}

const assets = [
  ...PAGES,
  ...readdirSync(root).filter((file) => /\.(js|wasm|css)$/.test(file) && file !== 'sw.js'),
  'content/roadmap.json',
];
const hash = createHash('sha256');
for (const asset of assets) hash.update(asset).update(readFileSync(join(root, asset)));
const version = hash.digest('hex').slice(0, 16);
const worker = join(root, 'sw.js');
const template = readFileSync(worker, 'utf8');
if (!template.includes('__ASSETS__')) throw new Error('sw.js has no __ASSETS__ placeholder');
const filled = template
  .replace("'__VERSION__'", JSON.stringify(version))
  .replace('__ASSETS__', JSON.stringify(['./', ...assets]));
const { code } = await minify(filled, { compress: true, mangle: true });
writeFileSync(worker, code);
console.log(`postbuild: sw.js caches ${assets.length + 1} files, version ${version}`);
