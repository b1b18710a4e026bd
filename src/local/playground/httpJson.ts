import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY_BYTES = 1024 * 1024;

/** An error with the HTTP status to answer with; any other error answers 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(text);
}

export function sendHtml(response: ServerResponse, html: string): void {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(html);
}

/** A POST body as JSON; anything else than a JSON object of at most 1 MiB is refused. */
export async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown;
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request is not valid JSON.');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'The request must be a JSON object.');
  return body as Record<string, unknown>;
}

/**
 * The server listens on 127.0.0.1 only, but a web page in the same browser could still
 * reach it: a foreign Host (DNS rebinding) or Origin is refused, and a POST must be JSON,
 * which a cross-site form cannot send without the browser asking first.
 */
export function checkSameOrigin(request: IncomingMessage, port: number): void {
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowed.includes(request.headers.host ?? '')) throw new HttpError(403, 'Unexpected Host header.');
  const origin = request.headers.origin;
  if (origin !== undefined && !allowed.some((host) => origin === `http://${host}`)) throw new HttpError(403, 'Cross-origin requests are refused.');
  if (request.method === 'POST' && !(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpError(415, 'Send JSON (Content-Type: application/json).');
  }
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string') throw new HttpError(400, `"${name}" must be a string.`);
  return value;
}

export function positiveIntegerField(body: Record<string, unknown>, name: string): number {
  const value = body[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new HttpError(400, `"${name}" must be a whole number from 1.`);
  return value;
}

/** A block of text cells (a paste): at least one row, every cell a string. */
export function textRowsField(body: Record<string, unknown>, name: string): string[][] {
  const value = body[name];
  const ok = Array.isArray(value) && value.length > 0 && value.every((row) => Array.isArray(row) && row.every((cell) => typeof cell === 'string'));
  if (!ok) throw new HttpError(400, `"${name}" must be rows of text cells.`);
  return value as string[][];
}
