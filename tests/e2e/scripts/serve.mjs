// A small static server for the built site, like a production host: it serves the
// precompressed .br or .gz file when the browser accepts it, with the right MIME types.
// Usage: node serve.mjs <dir> <port> [<overlay>] [--csp]   (binds to 127.0.0.1 only)
// Files in <overlay> are served instead of those of <dir>: a site whose content was
// replaced after the build, as an organization publishes its own. --csp sends the
// Content-Security-Policy of scripts/csp.mjs with every response (the service worker's
// script included), as an organization with a strict policy does.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { POLICY } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
};

/** Serves `root` on `port`; `options.policy`, if given, is sent as the Content-Security-Policy. */
export function serve(root, port, overlay, options = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    // A path names a file, or a folder's index.html; the overlay wins where it has that
    // file (a folder of its own with other files in it does not hide the site's page).
    const file = (base) => {
      const path = normalize(join(base, decodeURIComponent(url.pathname)));
      return existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
    };
    const base = overlay && existsSync(file(overlay)) ? overlay : root;
    const path = file(base);
    if (!path.startsWith(normalize(base))) {
      response.writeHead(403).end();
      return;
    }
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const accepts = request.headers['accept-encoding'] ?? '';
    const headers = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      vary: 'accept-encoding',
      // Public files: an embed in a sandbox without allow-same-origin has an opaque
      // origin, and loads the app's module, wasm and content only with this header.
      'access-control-allow-origin': '*',
      // Hashed assets never change; the page and the content file are revalidated.
      'cache-control': /-[0-9a-f]{8,16}(_bg)?\.(js|css|wasm)$/.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (options.policy) headers['content-security-policy'] = options.policy;
    let body;
    if (/\bbr\b/.test(accepts) && existsSync(`${path}.br`)) {
      body = readFileSync(`${path}.br`);
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepts) && existsSync(`${path}.gz`)) {
      body = readFileSync(`${path}.gz`);
      headers['content-encoding'] = 'gzip';
    } else {
      body = readFileSync(path);
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const csp = args.includes('--csp');
  const [root = 'dist', port = '8080', overlay] = args.filter((arg) => !arg.startsWith('--'));
  await serve(root, Number(port), overlay, { policy: csp ? POLICY : undefined });
  console.log(`serving ${root}/ on http://127.0.0.1:${port}/${csp ? ' with the Content-Security-Policy' : ''}`);
}
