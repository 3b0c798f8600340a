// The Content-Security-Policy the site is built and tested for (README: For organizations):
// postbuild.mjs writes it into each page, serve.mjs --csp sends it as a header.

/** The policy an organization's server sends with every file of the site. */
export const DIRECTIVES = [
  "default-src 'self'",
  // The wasm is compiled by WebAssembly.instantiateStreaming, which only this allows.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // The page's icon is an empty data: address (no request for /favicon.ico).
  "img-src 'self' data:",
  "connect-src 'self'",
  // Any site may embed the explorer (README: Embed on your website).
  'frame-ancestors *',
];

export const POLICY = DIRECTIVES.join('; ');

// Browsers ignore frame-ancestors in a <meta>, and say so in the console: the page's copy
// leaves it to the header.
export const META_POLICY = DIRECTIVES.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');
