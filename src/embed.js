// LHS Roadmap Explorer embed script (MIT). Put it on any page beside
//   <div data-lhs-roadmap data-lang="fr" data-step="collect-data"></div>
// and each such element becomes a titled, lazy, full-width iframe of the explorer whose
// height follows its content. Options: data-lang (fr, en, auto), data-step, data-theme
// (light, dark, auto), data-accent (6 hex digits), data-view (diagram, list), data-content
// (another content file of the explorer's site, as a relative path).
// Heights are accepted only from this script's own iframes; the host page never scrolls.
(function () {
  var script = document.currentScript;
  var base = new URL('index.html', (script && script.src) || location.href);
  var titles = {
    fr: 'Feuille de route du partenariat avec les patients et les proches (explorateur)',
    en: 'Roadmap for partnering with patients and families (explorer)',
  };
  var frames = [];

  function build(host) {
    if (host.getAttribute('data-lhs-roadmap-ready') !== null) return;
    host.setAttribute('data-lhs-roadmap-ready', '');
    var url = new URL(base);
    url.search = 'embed';
    ['lang', 'step', 'theme', 'accent', 'view', 'content'].forEach(function (name) {
      var value = host.getAttribute('data-' + name);
      if (value) url.searchParams.set(name, value);
    });
    var lang = host.getAttribute('data-lang') === 'fr' ? 'fr' : 'en';
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = host.getAttribute('data-title') || titles[lang];
    frame.loading = 'lazy';
    frame.setAttribute('allow', 'fullscreen; clipboard-write');
    frame.style.cssText = 'display:block;width:100%;height:640px;border:0;';
    host.appendChild(frame);
    frames.push(frame);
  }

  addEventListener('message', function (event) {
    var data = event.data;
    var height = null;
    if (data && data.type === 'lhs-roadmap:resize') height = data.height;
    else if (data && data.sentinel === 'amp' && data.type === 'embed-size') height = data.height;
    if (typeof height !== 'number' || !(height > 0 && height < 100000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
      }
    }
  });

  function scan() {
    var hosts = document.querySelectorAll('[data-lhs-roadmap]');
    for (var i = 0; i < hosts.length; i++) build(hosts[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
