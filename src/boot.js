// The explorer's boot script (index.html): what must happen before the first paint, before
// the wasm starts. A file of its own, loaded by a plain synchronous <script src>, because a
// strict Content-Security-Policy refuses inline scripts (README: For organizations). Every
// visitor waits for it: keep it small.
// An IIFE: postbuild.mjs minifies every script as a module, which renames top-level names.
(function () {
  // An embed (index.html?embed) loads its side of the embed protocol; the explorer's
  // own visitors never download it.
  if (/[?&]embed([=&]|$)/.test(location.search)) {
    var frame = document.createElement('script');
    frame.src = 'frame.js';
    document.head.appendChild(frame);
  }
})();
