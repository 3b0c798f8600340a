// Offline use after a first visit, where the browser allows a service worker (src/sw.js);
// nothing else depends on it (file previews, sandboxed embeds, private windows). Shared by
// the site's three pages.
try {
  if ('serviceWorker' in navigator && location.protocol !== 'file:') {
    addEventListener('load', function () {
      // Reading navigator.serviceWorker throws in a sandbox without same-origin.
      try {
        navigator.serviceWorker.register('sw.js').catch(function () {});
      } catch (error) {}
    });
  }
} catch (error) {}
