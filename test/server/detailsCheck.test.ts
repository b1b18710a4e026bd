/**
 * "Please check your details" on the host: a message with a link pre-filled by
 * FormResponse.toPrefilledUrl (developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()),
 * opened and submitted through the form simulation, updates that customer through the capture
 * path, never a new row; an ID no customer has, or an answer whose contacts are another
 * customer's, goes to quarantine with the reason.
 */
import type { OutreachPreview } from '../../src/server/keepInTouch/listMessages';
import { submitPrefilledUrl } from '../../src/local/formSubmissions';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent', 'Country'];
const AIDA = ['C-000001', 'Aida', 'aida@example.kz', '+77011234567', 'yes', 'KZ'];
const BOB = ['C-000002', 'Bob', 'bob@example.kz', '+77011234568', 'yes', 'KZ'];

function shop(withForm = true) {
  const host = addonHost({ user: { email: 'owner@example.com', locale: 'en' } });
  putTable(host, 'Customers', [HEADER, AIDA, BOB]);
  host.run('saveSettings', { language: 'en', defaultCountry: 'KZ', customerSheet: 'Customers' });
  host.run('saveKeepInTouchSettings', { shopName: 'Nur' });
  if (withForm) host.run('createForm');
  return host;
}

function linkFor(host: ReturnType<typeof shop>, id: string): string {
  const preview = host.run<OutreachPreview>('getOutreach', { list: 'detailsCheck', channel: 'email', customerIds: [id] });
  const text = preview.messages[0]!.text;
  return /(https:\/\/docs\.google\.com\/forms\/\S+)/.exec(text)![1]!;
}

const quarantineReasons = (host: ReturnType<typeof shop>) => sheetValues(host, 'Quarantine').slice(1).map((row) => row.find((cell) => typeof cell === 'string' && cell.startsWith('The answer is for')));

describe('please check your details', () => {
  it('sends a link pre-filled with the customer’s details, and the answer updates that customer, not a new row', () => {
    const host = shop();
    const link = linkFor(host, 'C-000001');
    expect(link).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform\?usp=pp_url&entry\.\d+=/);
    expect(decodeURIComponent(link)).toContain('C-000001');
    expect(decodeURIComponent(link)).toContain('aida@example.kz');
    submitPrefilledUrl(host, link, { Phone: '+7 701 555 66 77', 'May we contact you?': 'Yes' });
    const rows = sheetValues(host, 'Customers');
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 4)).toEqual(['C-000001', 'Aida', 'aida@example.kz', '+77015556677']);
  });

  it('quarantines an answer for an ID no customer has, and one whose contacts are another customer’s', () => {
    const host = shop();
    const link = linkFor(host, 'C-000001');
    const idTitle = 'Customer ID';
    submitPrefilledUrl(host, link, { [idTitle]: 'C-000099', 'May we contact you?': 'Yes' });
    submitPrefilledUrl(host, link, { Email: 'bob@example.kz', Phone: '+77011234568', 'May we contact you?': 'Yes' });
    expect(sheetValues(host, 'Customers')).toHaveLength(3);
    expect(quarantineReasons(host)).toEqual([
      'The answer is for customer ID C-000099, which no customer has: check the ID, then re-run it or add the details by hand.',
      'The answer is for customer ID C-000001, but its email or phone belongs to C-000002: check who answered before re-running it.',
    ]);
  });

  it('says to connect a form first, and costs the same Forms calls for one customer or many', () => {
    expect(() => shop(false).run('getOutreach', { list: 'detailsCheck', channel: 'whatsapp', customerIds: ['C-000001'] })).toThrow('No form is connected');
    const host = shop();
    const calls = (ids: string[]) => {
      host.ctx.calls.reset();
      host.run('getOutreach', { list: 'detailsCheck', channel: 'whatsapp', customerIds: ids });
      return host.ctx.calls.total();
    };
    expect(calls(['C-000001', 'C-000002'])).toBe(calls(['C-000001']));
  });
});
