// Minifies the JavaScript that Trunk wrote to the built site (the wasm-bindgen glue),
// in place. Usage: node minify.mjs dist
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const root = process.argv[2] ?? 'dist';
for (const name of readdirSync(root).filter((file) => file.endsWith('.js'))) {
  const path = join(root, name);
  const source = readFileSync(path, 'utf8');
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, code);
  console.log(`minify: ${name} ${source.length} -> ${code.length} bytes`);
}
