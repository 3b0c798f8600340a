// Writes .br (brotli, quality 11) and .gz (gzip -9) beside every text or wasm asset of a
// built site, for hosts that serve precompressed files. Usage: node compress.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|json|svg|md|txt|webmanifest)$/;

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export function gzip(bytes) {
  return gzipSync(bytes, { level: 9 });
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'dist';
  let count = 0;
  for (const path of files(root)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotli(bytes));
    writeFileSync(`${path}.gz`, gzip(bytes));
    count += 1;
  }
  console.log(`compress: wrote .br and .gz beside ${count} files in ${root}/`);
}
