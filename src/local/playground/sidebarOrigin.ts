import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSameOrigin, HttpError, sendHtml, sendJson } from './httpJson';
import type { PlaygroundSession } from './playgroundSession';
import { withBridge } from './sidebarBridge';

/**
 * Where the playground serves the add-on's sidebar from: a second port, so the sidebar's
 * origin is not the page's, as Google serves a sidebar from *.googleusercontent.com inside
 * docs.google.com ("HTML Service: Restrictions",
 * https://developers.google.com/apps-script/guides/html/restrictions). The sidebar cannot
 * reach the page's DOM nor its server's API (which refuses other origins); it answers one
 * request, the open sidebar's page, with a bridge that posts to the page it names as its
 * parent, which must be the playground's own page.
 */
export interface SidebarOrigin {
  port: number;
  close(): Promise<void>;
}

function sidebarPage(session: PlaygroundSession, url: URL, playgroundPort: number): string {
  if (url.pathname !== '/sidebar') throw new HttpError(404, `Nothing at ${url.pathname}.`);
  const parent = url.searchParams.get('parent') ?? '';
  if (![`http://127.0.0.1:${playgroundPort}`, `http://localhost:${playgroundPort}`].includes(parent)) throw new HttpError(400, 'The sidebar opens in the playground page only.');
  const sidebar = session.host.ui.sidebar;
  if (!sidebar) throw new HttpError(404, 'No sidebar is open.');
  return withBridge(sidebar.html, parent);
}

export async function startSidebarOrigin(session: PlaygroundSession, playgroundPort: () => number): Promise<SidebarOrigin> {
  let port = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    // Only the playground's own page may frame the sidebar.
    response.setHeader('Content-Security-Policy', `frame-ancestors http://127.0.0.1:${playgroundPort()} http://localhost:${playgroundPort()}`);
    try {
      checkSameOrigin(request, port);
      if (request.method !== 'GET') throw new HttpError(405, 'The sidebar is only read.');
      sendHtml(response, sidebarPage(session, new URL(request.url ?? '/', 'http://127.0.0.1'), playgroundPort()));
    } catch (error) {
      sendJson(response, error instanceof HttpError ? error.status : 500, { message: error instanceof Error ? error.message : String(error) });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
