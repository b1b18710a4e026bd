import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PlaygroundSession } from '../../../src/local/playground/playgroundSession';
import { ROUTES } from '../../../src/local/playground/routes';
import type { ActionResponse } from '../../../src/local/playground/playgroundView';
import type { SimulatedForm } from '../../../src/local/playground/formSimulation';
import { FORM_NOT_PUBLISHED } from '../../../src/local/formSubmissions';

/** The playground's "Simulate a form submission", through its routes, on the built add-on. */
describe('playground: simulate a form submission', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clientele-forms-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the linked form’s questions and a submission becomes a customer through the trigger', () => {
    const session = PlaygroundSession.start(path.join(dir, 'workbook.json'));
    const call = (route: string, body: Record<string, unknown> = {}) => ROUTES[route]!({ session, body, query: new URLSearchParams(), origin: 'http://127.0.0.1:1', sidebarOrigin: 'http://127.0.0.1:2' });
    const listed = () => (call('GET /api/forms') as { json: SimulatedForm[] }).json;
    expect(listed()).toEqual([]);

    call('POST /api/open'); // the page opens the document first: onOpen builds the menu
    call('POST /api/menu', { functionName: 'showFormPanel' });
    session.host.run('createForm');
    const [form] = listed();
    expect(form!.questions.map((q) => q.type)).toEqual(['TEXT', 'TEXT', 'TEXT', 'MULTIPLE_CHOICE', 'TEXT', 'SCALE', 'PARAGRAPH_TEXT', 'PARAGRAPH_TEXT', 'TEXT']);
    const [name, email, , consent, , score] = form!.questions;

    const before = session.spreadsheet().sheetNamed('Customers')?.getLastRow() ?? 0;
    const reply = call('POST /api/form/submit', {
      formId: form!.id,
      answers: { [name!.title]: 'Simulated Person', [email!.title]: 'simulated@example.com', [consent!.title]: consent!.choices[0], [score!.title]: '10' },
    }) as { json: ActionResponse };
    expect(reply.json.error).toBeUndefined();
    expect(reply.json.formOutcome).toEqual([expect.objectContaining({ kind: expect.stringMatching(/^(created|updated)$/) })]);
    const customers = session.spreadsheet().sheetNamed('Customers')!;
    expect(customers.getLastRow()).toBe(before + 1);
    expect(customers.getDataRange().getValues().flat()).toContain('simulated@example.com');
    expect(reply.json.view.sheetNames).toContain('Form Responses 1');
  });

  // developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms: unpublished forms take no responses.
  it('shows the refusal of a form that is not published, and writes nothing', () => {
    const session = PlaygroundSession.start(path.join(dir, 'workbook.json'));
    const form = session.host.formApp.create('Walk-in survey');
    form.addTextItem().setTitle('Your name');
    form.setDestination(session.host.formApp.DestinationType.SPREADSHEET, session.host.activeSpreadsheetId()!);
    const reply = ROUTES['POST /api/form/submit']!({ session, body: { formId: form.getId(), answers: { 'Your name': 'Ana' } }, query: new URLSearchParams(), origin: 'http://127.0.0.1:1', sidebarOrigin: 'http://127.0.0.1:2' }) as { json: ActionResponse };
    expect(reply.json.error).toBe(FORM_NOT_PUBLISHED);
    expect(form.getResponses()).toHaveLength(0);
  });

  it('refuses a form that is not linked, and answers that are not text', () => {
    const session = PlaygroundSession.start(path.join(dir, 'workbook.json'));
    const call = (body: Record<string, unknown>) => ROUTES['POST /api/form/submit']!({ session, body, query: new URLSearchParams(), origin: 'http://127.0.0.1:1', sidebarOrigin: 'http://127.0.0.1:2' });
    expect(() => call({ formId: 'nope', answers: {} })).toThrow(/No form with this id/);
    expect(() => call({ formId: 'nope', answers: { a: 1 } })).toThrow(/must be text/);
  });
});
