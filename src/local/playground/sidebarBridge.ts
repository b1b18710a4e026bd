import { ILLEGAL_MARK } from './scriptRunCall';

/**
 * What Apps Script puts around a sidebar, for the playground: `google.script.run` (any
 * server function by name, with success and failure handlers and a user object) posting
 * to the playground server, and `google.script.host.close()`. Plain ES5 in a string,
 * because it runs inside the sidebar page before any of the sidebar's own code.
 * After each call it tells the playground page, which redraws the grid.
 */
const BRIDGE_SCRIPT = `(function () {
  var MARK = ${JSON.stringify(ILLEGAL_MARK)};
  function notify(type) { if (window.parent !== window) window.parent.postMessage({ clientele: type }, location.origin); }
  function encode(name, args) {
    return JSON.stringify({ name: name, args: args }, function (key, value) {
      var original = this[key];
      if (original instanceof Date) { var d = {}; d[MARK] = 'Date'; return d; }
      if (typeof original === 'function') { var f = {}; f[MARK] = 'function'; return f; }
      return value;
    });
  }
  function call(name, args, handlers) {
    fetch('/api/script-run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: encode(name, args) })
      .then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.ok) { if (handlers.success) handlers.success(answer.value, handlers.userObject); }
        else {
          var error = new Error(answer.message);
          if (handlers.failure) handlers.failure(error, handlers.userObject);
          else console.error(error);
        }
      }, function (error) { if (handlers.failure) handlers.failure(error, handlers.userObject); else console.error(error); })
      .then(function () { notify('script-run'); });
  }
  function runner(handlers) {
    return new Proxy({}, {
      get: function (target, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner({ success: f, failure: handlers.failure, userObject: handlers.userObject }); };
        if (name === 'withFailureHandler') return function (f) { return runner({ success: handlers.success, failure: f, userObject: handlers.userObject }); };
        if (name === 'withUserObject') return function (o) { return runner({ success: handlers.success, failure: handlers.failure, userObject: o }); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () { call(name, Array.prototype.slice.call(arguments), handlers); };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner({}),
    host: { close: function () { notify('close'); }, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } }
  };
})();`;

/** The sidebar's HTML with the bridge as the first thing in its <head> (or its document). */
export function withBridge(html: string): string {
  const tag = `<script>${BRIDGE_SCRIPT}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
