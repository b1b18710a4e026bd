import { ILLEGAL_MARK } from './scriptRunCall';

/**
 * What Apps Script puts around a sidebar, for the playground: `google.script.run` (any
 * server function by name, with success and failure handlers and a user object) and
 * `google.script.host.close()`. Plain ES5 in a string, because it runs inside the sidebar
 * page before any of the sidebar's own code. The sidebar is served from another origin than
 * the playground page, as Google serves it from *.googleusercontent.com inside docs.google.com,
 * so the bridge talks to the page by postMessage only: each call goes to the page (which
 * sends it to the playground server and redraws the grid) and its answer comes back the same way.
 */
function bridgeScript(parentOrigin: string): string {
  return `(function () {
  var MARK = ${JSON.stringify(ILLEGAL_MARK)};
  var PARENT = ${JSON.stringify(parentOrigin)};
  var pending = {};
  var lastId = 0;
  function post(message) { window.parent.postMessage(message, PARENT); }
  function encode(name, args) {
    return JSON.stringify({ name: name, args: args }, function (key, value) {
      var original = this[key];
      if (original instanceof Date) { var d = {}; d[MARK] = 'Date'; return d; }
      if (typeof original === 'function') { var f = {}; f[MARK] = 'function'; return f; }
      return value;
    });
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== window.parent || event.origin !== PARENT || !data || data.clientele !== 'script-run-answer') return;
    var handlers = pending[data.id];
    if (!handlers) return;
    delete pending[data.id];
    var answer = data.answer;
    if (answer.ok) { if (handlers.success) handlers.success(answer.value, handlers.userObject); return; }
    var error = new Error(answer.message);
    if (handlers.failure) handlers.failure(error, handlers.userObject);
    else console.error(error);
  });
  function call(name, args, handlers) {
    lastId += 1;
    pending[lastId] = handlers;
    post({ clientele: 'script-run', id: lastId, body: encode(name, args) });
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
    host: { close: function () { post({ clientele: 'close' }); }, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } }
  };
})();`;
}

/** The sidebar's HTML with the bridge to `parentOrigin` (the playground page) as the first thing in its <head> (or its document). */
export function withBridge(html: string, parentOrigin: string): string {
  const tag = `<script>${bridgeScript(parentOrigin)}</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
