/**
 * The playground cannot be framed by another origin (clickjacking), and a menu click runs only
 * what the menus offer (issue 14). Headers as Chromium enforces them: CSP frame-ancestors
 * (https://www.w3.org/TR/CSP3/#directive-frame-ancestors) and X-Frame-Options (RFC 7034).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { startPlayground } from '../../src/local/playground/server';

jest.setTimeout(60_000);

let directory: string;
let browser: Browser;
let playground: { url: string; close(): Promise<void> };
let attacker: Server;
let attackerUrl: string;

const post = (route: string, body: unknown) =>
  fetch(new URL(route, playground.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'clientele-framing-'));
  browser = await launchChromium();
  playground = await startPlayground({ port: 0, workbookFile: path.join(directory, 'workbook.json'), open: false });
  attacker = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(`<!doctype html><iframe id="victim" src="${playground.url}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  await new Promise<void>((resolve) => attacker?.close(() => resolve()));
  rmSync(directory, { recursive: true, force: true });
});

describe('playground framing and menu', () => {
  it('every answer says no page may frame it', async () => {
    for (const route of ['/', '/api/view']) {
      const response = await fetch(new URL(route, playground.url));
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('a page of another origin that frames the playground gets nothing of it', async () => {
    const page = await browser.newPage();
    await page.goto(attackerUrl);
    const frame = await (await page.$('#victim'))!.contentFrame();
    // Chromium shows its error page in place of a refused frame: the playground's grid is not there.
    await frame!.waitForLoadState();
    expect(await frame!.locator('[data-testid=grid]').count()).toBe(0);
    await page.close();
  });

  it.each(['constructor', 'toString', '__proto__', 'applyCleaning', 'eraseCustomer'])('/api/menu refuses %j, which no menu offers', async (name) => {
    const response = await post('/api/menu', { functionName: name });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: `No menu on the page offers “${name}”.` });
  });

  it('/api/menu runs an item the add-on menu offers', async () => {
    await post('/api/open', {});
    const response = await post('/api/menu', { functionName: 'showSidebar' });
    expect(response.status).toBe(200);
    expect(await response.json()).not.toHaveProperty('error');
  });
});
