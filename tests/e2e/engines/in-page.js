// Helpers that run inside the page, in every engine (sent with each script; see tab.mjs).
// They find elements the way a person (or a screen reader) names them: by role and
// accessible name, or by the same CSS hooks the Playwright fixtures use, and describe
// what is on screen when a check fails. The accessible name is a small approximation of
// the spec (aria-labelledby, aria-label, labels, <title>, then the visible text), enough
// for the explorer's own markup; it is compared with white space collapsed.
(function () {
  var norm = function (text) {
    return String(text == null ? '' : text).replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  };
  var squash = function (text) {
    return norm(text).replace(/ /g, '');
  };

  function rendered(el) {
    if (!el || !el.isConnected) return false;
    for (var e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (e.hidden) return false;
      var style = getComputedStyle(e);
      if (style.display === 'none') return false;
    }
    return getComputedStyle(el).visibility !== 'hidden';
  }

  /** Shown on screen: rendered, not empty, and not zero-sized. */
  function visible(el) {
    if (!rendered(el)) return false;
    var box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  function textOf(node) {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1) return '';
    if (node.getAttribute('aria-hidden') === 'true' || node.hidden) return '';
    var tag = node.nodeName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'title' || tag === 'desc') return '';
    var style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return '';
    if (node.hasAttribute('aria-label')) return ' ' + node.getAttribute('aria-label') + ' ';
    if (tag === 'img') return node.getAttribute('alt') || '';
    var out = '';
    for (var i = 0; i < node.childNodes.length; i++) out += textOf(node.childNodes[i]);
    var inline = style.display === 'inline' || style.display === 'contents' || node.namespaceURI !== 'http://www.w3.org/1999/xhtml';
    return inline ? out : ' ' + out + ' ';
  }

  function name(el) {
    var by = el.getAttribute('aria-labelledby');
    if (by) {
      return norm(
        by
          .split(/\s+/)
          .map(function (id) {
            var target = document.getElementById(id);
            return target ? target.textContent : '';
          })
          .join(' '),
      );
    }
    if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
    if (el.labels && el.labels.length) {
      return norm(Array.prototype.map.call(el.labels, textOf).join(' '));
    }
    for (var i = 0; i < el.children.length; i++) {
      if (el.children[i].nodeName.toLowerCase() === 'title') return norm(el.children[i].textContent);
    }
    if (/^(input|textarea|select)$/i.test(el.nodeName)) return norm(el.getAttribute('title') || el.placeholder || '');
    return norm(textOf(el));
  }

  var IMPLICIT = {
    a: function (el) {
      return el.hasAttribute('href') ? 'link' : null;
    },
    button: 'button',
    nav: 'navigation',
    main: 'main',
    h1: 'heading',
    h2: 'heading',
    h3: 'heading',
    h4: 'heading',
    h5: 'heading',
    h6: 'heading',
    select: 'combobox',
    textarea: 'textbox',
    iframe: 'iframe',
    input: function (el) {
      var type = (el.getAttribute('type') || 'text').toLowerCase();
      if (type === 'search') return 'searchbox';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'button' || type === 'submit') return 'button';
      return 'textbox';
    },
  };

  function role(el) {
    var explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0];
    var implicit = IMPLICIT[el.nodeName.toLowerCase()];
    return typeof implicit === 'function' ? implicit(el) : implicit || null;
  }

  function nameMatches(actual, wanted) {
    if (wanted == null) return true;
    if (typeof wanted === 'object' && wanted.re) return new RegExp(wanted.re, wanted.flags || '').test(actual);
    return squash(actual) === squash(wanted);
  }

  /**
   * Every element matching `spec`: { css, role, name, within, visible }. `within` is
   * another spec (the first of its matches is the container). `name` is a string
   * (compared without white space) or { re, flags }.
   */
  function all(spec) {
    var root = document;
    if (spec.within) {
      root = one(spec.within);
      if (!root) return [];
    }
    var found = Array.prototype.slice.call(root.querySelectorAll(spec.css || '*'));
    if (spec.role) {
      found = found.filter(function (el) {
        return role(el) === spec.role;
      });
    }
    if (spec.name != null) {
      found = found.filter(function (el) {
        return nameMatches(name(el), spec.name);
      });
    }
    if (spec.visible) found = found.filter(visible);
    return found;
  }

  function one(spec) {
    return all(spec)[0] || null;
  }

  /** How a person would name what `spec` looks for, for messages. */
  function say(spec) {
    var what = spec.role ? spec.role : spec.css ? 'element “' + spec.css + '”' : 'element';
    if (spec.name != null) what += ' “' + (spec.name.re ? '/' + spec.name.re + '/' : spec.name) + '”';
    if (spec.within) what += ' in the ' + say(spec.within);
    return what;
  }

  function describe(el) {
    if (!el) return 'nothing';
    var r = role(el);
    var n = name(el);
    var text = r ? r : '<' + el.nodeName.toLowerCase() + (el.id ? '#' + el.id : '') + '>';
    return n ? text + ' “' + n.slice(0, 80) + '”' : text;
  }

  /** What is on screen, as a person would report it, for failure messages. */
  function screen() {
    var parts = ['address “' + location.pathname.replace(/^.*\//, '') + location.search + location.hash + '”'];
    parts.push('window ' + innerWidth + '×' + innerHeight + ' px');
    var headings = Array.prototype.filter.call(document.querySelectorAll('h1, h2'), visible).slice(0, 4);
    parts.push(
      headings.length
        ? 'headings ' +
            headings
              .map(function (h) {
                return h.nodeName.toLowerCase() + ' “' + norm(h.textContent).slice(0, 70) + '”';
              })
              .join(', ')
        : 'no heading on screen',
    );
    var alerts = Array.prototype.filter.call(document.querySelectorAll('[role="alert"], [role="status"]'), visible);
    alerts.forEach(function (a) {
      var t = norm(a.textContent);
      if (t) parts.push(role(a) + ' “' + t.slice(0, 120) + '”');
    });
    if (document.activeElement && document.activeElement !== document.body) {
      parts.push('focus on ' + describe(document.activeElement));
    }
    return parts.join('; ');
  }

  /**
   * Where a person would click `spec`'s element: its centre, after scrolling it into view
   * and once it has stopped moving (the app may still be scrolling to a deep link).
   * Refuses, with the reason, an element that is not shown or is covered by another.
   */
  function clickPoint(spec) {
    var el = one(spec);
    if (!el) return Promise.resolve({ error: 'there is no ' + say(spec) });
    if (!visible(el)) return Promise.resolve({ error: 'the ' + say(spec) + ' is not shown' });
    el.scrollIntoView({ block: 'center', inline: 'center' });
    var centre = function () {
      var box = el.getBoundingClientRect();
      return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
    };
    return new Promise(function (resolve) {
      requestAnimationFrame(function () {
        var before = centre();
        setTimeout(function () {
          requestAnimationFrame(function () {
            var point = centre();
            if (point.x !== before.x || point.y !== before.y) {
              resolve({ error: 'the ' + say(spec) + ' is still moving on screen' });
              return;
            }
            var inside = point.x >= 0 && point.y >= 0 && point.x < innerWidth && point.y < innerHeight;
            var hit = inside ? document.elementFromPoint(point.x, point.y) : null;
            // The target, or something drawn inside the same control (a disc's number).
            var control = spec.control ? el.closest(spec.control) : el;
            if (!hit || !(el.contains(hit) || hit.contains(el) || (control && control.contains(hit)))) {
              resolve({ error: 'the ' + say(spec) + ' is covered by ' + describe(hit) + ' at ' + point.x + ',' + point.y });
              return;
            }
            resolve({ x: point.x, y: point.y, what: describe(control || el) });
          });
        }, 50);
      });
    });
  }

  return {
    norm: norm,
    squash: squash,
    visible: visible,
    name: name,
    role: role,
    all: all,
    one: one,
    say: say,
    describe: describe,
    screen: screen,
    clickPoint: clickPoint,
  };
})
