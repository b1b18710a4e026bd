import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DeploymentMode } from '../services/deploymentTriggerRules';
import { openBrowser } from './openBrowser';
import { checkSameOrigin, HttpError, readJson, sendJson } from './httpJson';
import { PlaygroundSession } from './playgroundSession';
import { replyTo, ROUTES } from './routes';

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

async function handle(session: PlaygroundSession, port: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
  try {
    checkSameOrigin(request, port);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = ROUTES[`${request.method ?? 'GET'} ${url.pathname}`];
    if (!route) throw new HttpError(404, `Nothing at ${request.method} ${url.pathname}.`);
    const body = request.method === 'POST' ? await readJson(request) : {};
    replyTo(response, route({ session, body, query: url.searchParams }));
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    if (!response.headersSent) sendJson(response, status, { message: error instanceof Error ? error.message : String(error) });
    else response.destroy();
  }
}

/** The playground's web server on 127.0.0.1, over the workbook file (loaded, or a new demo). */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const session = PlaygroundSession.start(options.workbookFile, options.mode);
  let port = options.port;
  const server = createServer((request, response) => void handle(session, port, request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  if (options.open) openBrowser(url);
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
