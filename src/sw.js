// The explorer's service worker: after a first visit, the app and its content work with
// no network. postbuild.mjs fills in VERSION and ASSETS when the site is built.
//
// Each version has its own cache, filled whole before the worker takes over, and a new
// worker waits until no page uses the old one: a visit is served entirely by one version,
// never a mix of old and new files. The content file is fetched from the network first,
// so a replaced content/roadmap.json shows at once when online.
const VERSION = '__VERSION__';
const ASSETS = __ASSETS__;
const CACHE = `lhs-roadmap-${VERSION}`;
const CONTENT = 'content/roadmap.json';
// The site's other pages; any other address is the explorer.
const PAGES = ['present.html', 'find.html'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(
        keys
          .filter((key) => key.startsWith('lhs-roadmap-') && key !== CACHE)
          .map((key) => caches.delete(key)),
      ),
    ),
  );
});

async function fromNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
}

function pageFor(path) {
  return PAGES.includes(path) ? path : 'index.html';
}

async function fromCacheFirst(request, path) {
  const cache = await caches.open(CACHE);
  // A page address (any query, any hash) is one of the app's pages.
  const key = request.mode === 'navigate' ? pageFor(path) : request;
  const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  if (!url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  // Content files (the published one, or another named by `?content=`) come from the
  // network first, so a replaced file shows at once when online.
  const content = path === CONTENT || path.endsWith('.json');
  event.respondWith(content ? fromNetworkFirst(request) : fromCacheFirst(request, path));
});
