// Finishes the site Trunk wrote: minifies the scripts (Trunk's minifier cannot read the
// wasm-bindgen glue's module syntax) and the content file, then writes the service
// worker's list of files to cache and its version, a hash of those files.
// Between the two, the explorer's first view is rendered into index.html by the program
// given as the second argument (src/bin/prerender.rs), from the content file as served.
// Usage: node postbuild.mjs dist [prerender program]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const root = process.argv[2] ?? 'dist';

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

const prerender = process.argv[3];
if (prerender) execFileSync(prerender, [root], { stdio: 'inherit' });

const assets = [
  'index.html',
  'present.html',
  'find.html',
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
