// The embedded explorer's side of the embed protocol, loaded by index.html only for
// index.html?embed (the explorer's own visitors never download it).
// - Reports the content's height to the host page, on load and on every change, as
//   { type: "lhs-roadmap:resize", height } and as AMP's { sentinel: "amp",
//   type: "embed-size", height }.
// - Announces { type: "lhs-roadmap:step", step } when the step shown changes.
// - Takes { type: "lhs-roadmap:set", lang, theme, step } from the embedding page only,
//   each value checked; anything else is ignored.
// - Applies the theme (light, dark, or auto: the reader's system setting, live).
(function () {
  var root = document.documentElement;
  var host = window.parent;
  var framed = host && host !== window;
  var system = matchMedia('(prefers-color-scheme: dark)');
  // The same rule as is_slug in src/content.rs.
  var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var theme = 'auto';

  function setTheme(value) {
    if (value !== 'light' && value !== 'dark' && value !== 'auto') return;
    theme = value;
    var dark = value === 'dark' || (value === 'auto' && system.matches);
    root.setAttribute('data-theme', dark ? 'dark' : 'light');
  }
  var asked = new URLSearchParams(location.search).get('theme');
  setTheme(/^(light|dark)$/.test(asked) ? asked : 'auto');
  system.addEventListener('change', function () {
    if (theme === 'auto') setTheme('auto');
  });

  function post(message) {
    // Heights and step ids are not secrets: any host may read them.
    if (framed) host.postMessage(message, '*');
  }

  var height = -1;
  function report() {
    var now = Math.ceil(document.body.getBoundingClientRect().height);
    if (now === height || !(now > 0)) return;
    height = now;
    post({ type: 'lhs-roadmap:resize', height: now });
    post({ sentinel: 'amp', type: 'embed-size', height: now });
  }
  // The body, not the root: the root's box does not always report a change of content.
  function observe() {
    if (window.ResizeObserver && document.body) new ResizeObserver(report).observe(document.body);
    report();
  }
  if (document.body) observe();
  else addEventListener('DOMContentLoaded', observe);
  addEventListener('load', report);

  function stepOf(hash) {
    var match = /^#\/(?:fr|en)\/step\/([a-z0-9-]+)/.exec(hash);
    return match ? match[1] : null;
  }
  var step = stepOf(location.hash);
  function announce() {
    var now = stepOf(location.hash);
    if (now === step) return;
    step = now;
    post({ type: 'lhs-roadmap:step', step: now });
  }
  addEventListener('hashchange', announce);
  addEventListener('popstate', announce);
  addEventListener('lhs-roadmap:route', announce);

  function browserLang() {
    var languages = (navigator.languages || []).concat(navigator.language || []);
    for (var i = 0; i < languages.length; i++) {
      var primary = String(languages[i]).split(/[-_]/)[0].toLowerCase();
      if (primary === 'fr' || primary === 'en') return primary;
    }
    return 'en';
  }

  addEventListener('message', function (event) {
    if (!framed || event.source !== host) return;
    var data = event.data;
    if (!data || data.type !== 'lhs-roadmap:set') return;
    if (typeof data.theme === 'string') setTheme(data.theme);
    var current = /^#\/(fr|en)(\/.*)?$/.exec(location.hash) || [];
    var lang = current[1] || browserLang();
    if (data.lang === 'fr' || data.lang === 'en') lang = data.lang;
    else if (data.lang === 'auto') lang = browserLang();
    var rest = current[2] || '';
    if (typeof data.step === 'string' && SLUG.test(data.step)) rest = '/step/' + data.step;
    var hash = '#/' + lang + rest;
    // A new hash in place of the current one: the app follows it (hashchange).
    if (hash !== location.hash) location.replace(hash);
  });
})();
