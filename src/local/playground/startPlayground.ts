import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DeploymentMode } from '../services/deploymentTriggerRules';
import { openBrowser } from './openBrowser';
import { checkSameOrigin, HttpError, readJson, sendJson } from './httpJson';
import { PlaygroundSession } from './playgroundSession';
import { replyTo, ROUTES } from './routes';
import { startSidebarOrigin } from './sidebarOrigin';

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port: number;
  workbookFile: string;
  /** Open the page in the default browser once listening. */
  open?: boolean;
  /** How the add-on is deployed (default bound): which triggers it may make. */
  mode?: DeploymentMode;
}

export interface RunningPlayground {
  url: string;
  close(): Promise<void>;
}

/**
 * No other page may frame the playground or its API (clickjacking): CSP frame-ancestors for
 * today's browsers, X-Frame-Options for older ones.
 */
function refuseFraming(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
  response.setHeader('X-Frame-Options', 'DENY');
}

async function handle(session: PlaygroundSession, ports: { page: number; sidebar: number }, request: IncomingMessage, response: ServerResponse): Promise<void> {
  refuseFraming(response);
  try {
    checkSameOrigin(request, ports.page);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = ROUTES[`${request.method ?? 'GET'} ${url.pathname}`];
    if (!route) throw new HttpError(404, `Nothing at ${request.method} ${url.pathname}.`);
    const body = request.method === 'POST' ? await readJson(request) : {};
    const host = request.headers.host!;
    const sidebarOrigin = `http://${host.slice(0, host.lastIndexOf(':'))}:${ports.sidebar}`;
    replyTo(response, route({ session, body, query: url.searchParams, origin: `http://${host}`, sidebarOrigin }));
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    if (!response.headersSent) sendJson(response, status, { message: error instanceof Error ? error.message : String(error) });
    else response.destroy();
  }
}

/** The playground's web server on 127.0.0.1, over the workbook file (loaded, or a new demo). */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const session = PlaygroundSession.start(options.workbookFile, options.mode);
  const ports = { page: options.port, sidebar: 0 };
  const sidebar = await startSidebarOrigin(session, () => ports.page);
  ports.sidebar = sidebar.port;
  const server = createServer((request, response) => void handle(session, ports, request, response));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await sidebar.close();
    throw error;
  }
  ports.page = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${ports.page}/`;
  if (options.open) openBrowser(url);
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await sidebar.close();
    },
  };
}
