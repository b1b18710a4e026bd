import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { PROJECT_ROOT } from '../localHost';
import { HttpError, positiveIntegerField, sendHtml, sendJson, stringField, textRowsField } from './httpJson';
import type { PlaygroundSession } from './playgroundSession';
import type { ActionResponse } from './playgroundView';
import { runScriptCall } from './scriptRunCall';
import { applyUserEdit, applyUserPaste } from './userEdits';
import { answersField, linkedForms, simulateSubmission } from './formSimulation';

export const PAGE_FILE = path.join(PROJECT_ROOT, 'build', 'playground.html');

export interface Request {
  session: PlaygroundSession;
  body: Record<string, unknown>;
  query: URLSearchParams;
  /** The playground page's origin, as the browser named it (127.0.0.1 or localhost). */
  origin: string;
  /** The origin the sidebar is served from (sidebarOrigin.ts), on the same host name. */
  sidebarOrigin: string;
}

/** What a route answers: JSON, a page of HTML, or where to find it. */
export type Reply = { json: unknown } | { html: string } | { redirect: string };

type Route = (request: Request) => Reply;

/**
 * Runs a person's action against the workbook and answers with the view after it. What
 * the add-on throws is the action's outcome (Sheets shows it in an error bar), not a failed
 * request. Every action is saved, even one that failed half way, as Google would keep it.
 */
function action(work: (request: Request) => Omit<ActionResponse, 'view'> | void): Route {
  return (request) => {
    const { session } = request;
    let outcome: Omit<ActionResponse, 'view'> = {};
    try {
      outcome = work(request) ?? {};
    } catch (error) {
      if (error instanceof HttpError) throw error;
      outcome = { error: error instanceof Error ? error.message : String(error) };
    } finally {
      session.save();
    }
    return { json: { ...outcome, view: session.tracker.view(session.host) } satisfies ActionResponse };
  };
}

function page(): Reply {
  try {
    return { html: readFileSync(PAGE_FILE, 'utf8') };
  } catch {
    throw new Error(`${PAGE_FILE} is missing: run \`npm run build\` first.`);
  }
}

/** The sidebar frame's address: the page of the open sidebar, on the sidebar's own origin. */
function sidebarPage({ query, origin, sidebarOrigin }: Request): Reply {
  const page = new URL('/sidebar', sidebarOrigin);
  page.searchParams.set('v', query.get('v') ?? '');
  page.searchParams.set('parent', origin);
  return { redirect: page.href };
}

export const ROUTES: Record<string, Route> = {
  'GET /': page,
  'GET /sidebar': sidebarPage,
  'GET /api/view': ({ session }) => ({ json: session.tracker.view(session.host) }),
  'POST /api/open': action(({ session }) => session.openDocument()),
  'POST /api/sheet': action(({ session, body }) => session.activateSheet(stringField(body, 'name'))),
  'POST /api/select': ({ session, body }) => {
    session.host.userSelect(stringField(body, 'sheetName'), positiveIntegerField(body, 'row'), positiveIntegerField(body, 'column'));
    return { json: { ok: true } };
  },
  'POST /api/menu': action(({ session, body }) => void session.host.run(stringField(body, 'functionName'))),
  'POST /api/edit': action(({ session, body }) => ({
    edit: applyUserEdit(session, {
      sheetName: stringField(body, 'sheetName'),
      row: positiveIntegerField(body, 'row'),
      column: positiveIntegerField(body, 'column'),
      text: stringField(body, 'text'),
    }),
  })),
  'POST /api/script-run': ({ session, body }) => {
    try {
      return { json: runScriptCall(session, body.name, body.args) };
    } finally {
      session.save();
    }
  },
  'POST /api/sidebar/close': action(({ session }) => void (session.host.ui.sidebar = null)),
  'POST /api/trigger/run': action(({ session, body }) => session.fireTrigger(stringField(body, 'id'))),
  'POST /api/time/pass': action(({ session, body }) => session.letTimePass(positiveIntegerField(body, 'hours'))),
  'POST /api/locale': action(({ session, body }) => session.setLocale(stringField(body, 'locale'))),
  'POST /api/reset': action(({ session }) => session.reset()),
  'GET /api/forms': ({ session }) => ({ json: linkedForms(session) }),
  'POST /api/form/submit': action(({ session, body }) => simulateSubmission(session, stringField(body, 'formId'), answersField(body))),
  'POST /api/paste': action(({ session, body }) => ({
    edit: applyUserPaste(session, {
      sheetName: stringField(body, 'sheetName'),
      row: positiveIntegerField(body, 'row'),
      column: positiveIntegerField(body, 'column'),
      rows: textRowsField(body, 'rows'),
    }),
  })),
};

export function replyTo(response: ServerResponse, reply: Reply): void {
  if ('redirect' in reply) {
    response.writeHead(303, { Location: reply.redirect, 'Cache-Control': 'no-store' });
    response.end();
  } else if ('html' in reply) sendHtml(response, reply.html);
  else sendJson(response, 200, reply.json);
}
