// Records what would be a page error or a console error, for engines whose driver cannot
// read the console (WebKitWebDriver). run.mjs puts this script first in the <head> of the
// pages it serves to the engines (a copy of dist/, the built files unchanged otherwise),
// so it sees errors from the very start of the page. Each entry goes to window.__engineErrors
// and to sessionStorage, so that what a page recorded before a reload or a move to another
// page of the same site is still there to read.
(function () {
  var KEY = 'lhs-engines.errors';
  var list = (window.__engineErrors = []);
  function text(value) {
    if (value instanceof Error) return value.stack && value.stack.indexOf(value.message) >= 0 ? value.stack : value.message;
    if (typeof value === 'string') return value;
    try {
      return JSON.stringify(value);
    } catch (error) {
      return String(value);
    }
  }
  function record(kind, message) {
    var entry = {
      id: Date.now().toString(36) + '-' + Math.random().toString(36).slice(2),
      kind: kind,
      text: String(message).slice(0, 2000),
      page: location.pathname.replace(/^.*\//, '') + location.search + location.hash,
    };
    list.push(entry);
    try {
      var kept = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      kept.push(entry);
      sessionStorage.setItem(KEY, JSON.stringify(kept));
    } catch (error) {
      // No storage (sandbox, refused): window.__engineErrors still has it.
    }
  }
  addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.nodeType === 1) {
        // A script, style sheet or image that failed to load (capture phase only).
        record('resource', 'failed to load <' + target.nodeName.toLowerCase() + '> ' + (target.src || target.href || ''));
        return;
      }
      var file = (event.filename || '').split(/[?#]/)[0].replace(/^.*\//, '');
      var where = file ? ' (' + file + ':' + event.lineno + ')' : '';
      record('error', (event.error ? text(event.error) : event.message) + where);
    },
    true,
  );
  // What the pages' Content-Security-Policy refused (an inline script or style, a file
  // from elsewhere): the page would miss it in this engine.
  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      record('csp', event.violatedDirective + ' refused ' + (event.blockedURI || 'inline') + ' (' + (event.sourceFile || '').replace(/^.*\//, '') + ':' + event.lineNumber + ')');
    },
    true,
  );
  addEventListener('unhandledrejection', function (event) {
    record('unhandledrejection', text(event.reason));
  });
  var original = console.error;
  console.error = function () {
    try {
      record('console.error', Array.prototype.map.call(arguments, text).join(' '));
    } catch (error) {}
    return original.apply(this, arguments);
  };
})();
