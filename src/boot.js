// Runs in index.html's head, before the first paint: an embed loads its side of the embed
// protocol (src/frame.js), and the page chooses what to show until the app runs. The
// build wrote the explorer's home in both languages into the page (src/bin/prerender.rs);
// one of them shows at once if the address is that home, and once the content file
// fetched now is the very file it was rendered from. Otherwise the page says "Loading"
// and the app renders itself. This mirrors src/first_view.rs (fingerprint, addresses)
// and the app's choice of language (src/lang.rs); tests/e2e/specs/first-view.spec.ts
// checks that they agree. A file of its own, loaded by a plain synchronous <script src>,
// because a strict Content-Security-Policy refuses inline scripts (README: For
// organizations); every visitor waits for it, so it stays small. An IIFE: postbuild.mjs
// minifies every script as a module, which renames top-level names.
(function () {
  'use strict';
  var root = document.documentElement;
  var query = location.search;
  var embed = /[?&]embed([=&]|$)/.test(query);
  if (embed) {
    // The explorer's own visitors never download it.
    var frame = document.createElement('script');
    frame.src = 'frame.js';
    document.head.appendChild(frame);
  }

  var meta = document.querySelector('meta[name="lhs-content"]');
  var print = meta ? meta.getAttribute('content') : '';
  var other = embed || /[?&](preview|content)([=&]|$)/.test(query);
  var lang = other || !print || print === 'unrendered' ? null : homeLang(location.hash);
  if (!lang) {
    root.setAttribute('data-first', 'none');
    return;
  }
  root.setAttribute('data-first', 'wait');
  root.setAttribute('lang', lang);
  // The app reads this response (browser::boot_content) rather than asking again: its
  // bytes, or its status when it failed (null: no answer), which the app then reports.
  var content = fetch('content/roadmap.json').then(
    function (response) {
      if (!response.ok) return { status: response.status, bytes: null };
      return response.arrayBuffer().then(function (bytes) {
        return { status: response.status, bytes: bytes };
      });
    },
    function () {
      return null;
    }
  );
  window.lhsContent = content;
  content.then(function (answer) {
    if (root.getAttribute('data-first') === 'wait') {
      var same = answer && answer.bytes && fingerprint(new Uint8Array(answer.bytes)) === print;
      root.setAttribute('data-first', same ? lang : 'none');
    }
  });
  // A link of the view followed before the app runs leads elsewhere: "Loading" until it
  // shows that address.
  window.addEventListener('hashchange', function () {
    if (root.getAttribute('data-first') !== 'live') root.setAttribute('data-first', 'none');
  });

  // The language of the home the address shows, or null for any other address.
  function homeLang(hash) {
    var match = /^#?\/?(?:(fr|en)\/?)?$/.exec(hash);
    if (!match) return null;
    return match[1] || saved() || browserLang() || 'en';
  }

  function saved() {
    try {
      var value = localStorage.getItem('lhs-roadmap.lang');
      return value === 'fr' || value === 'en' ? value : null;
    } catch (refused) {
      return null;
    }
  }

  function browserLang() {
    var tags = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < tags.length; i++) {
      var primary = String(tags[i]).split(/[-_]/)[0].toLowerCase();
      if (primary === 'fr' || primary === 'en') return primary;
    }
    return null;
  }

  // The length in hexadecimal and the 32-bit FNV-1a hash, as first_view::fingerprint.
  function fingerprint(bytes) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 0x01000193);
    }
    return bytes.length.toString(16) + '-' + ('0000000' + (hash >>> 0).toString(16)).slice(-8);
  }
})();
