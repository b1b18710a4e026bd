import type { ActionResponse, PlaygroundView, ScriptRunResponse } from '../playgroundView';
import type { SimulatedForm } from '../formSimulation';

/** Calls the playground server; a refused request throws the server's message. */
async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, encoded?: string): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {},
    body: method === 'POST' ? encoded ?? JSON.stringify(body ?? {}) : undefined,
  });
  const answer = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(answer.message ?? `${response.status} ${response.statusText}`);
  return answer;
}

export const api = {
  view: () => call<PlaygroundView>('GET', '/api/view'),
  open: () => call<ActionResponse>('POST', '/api/open'),
  activateSheet: (name: string) => call<ActionResponse>('POST', '/api/sheet', { name }),
  /** The selected cell, so that the add-on's getActiveRange sees it; nothing is redrawn. */
  select: (sheetName: string, row: number, column: number) => call<{ ok: true }>('POST', '/api/select', { sheetName, row, column }),
  runMenuItem: (functionName: string) => call<ActionResponse>('POST', '/api/menu', { functionName }),
  edit: (sheetName: string, row: number, column: number, text: string) => call<ActionResponse>('POST', '/api/edit', { sheetName, row, column, text }),
  /** A google.script.run call, as the sidebar's bridge encoded it (sidebarBridge.ts). */
  scriptRun: (encoded: string) => call<ScriptRunResponse>('POST', '/api/script-run', undefined, encoded),
  closeSidebar: () => call<ActionResponse>('POST', '/api/sidebar/close'),
  runTrigger: (id: string) => call<ActionResponse>('POST', '/api/trigger/run', { id }),
  letTimePass: (hours: number) => call<ActionResponse>('POST', '/api/time/pass', { hours }),
  setLocale: (locale: string) => call<ActionResponse>('POST', '/api/locale', { locale }),
  reset: () => call<ActionResponse>('POST', '/api/reset'),
  linkedForms: () => call<SimulatedForm[]>('GET', '/api/forms'),
  submitForm: (formId: string, answers: Record<string, string | string[]>) => call<ActionResponse>('POST', '/api/form/submit', { formId, answers }),
  paste: (sheetName: string, row: number, column: number, rows: string[][]) => call<ActionResponse>('POST', '/api/paste', { sheetName, row, column, rows }),
};
