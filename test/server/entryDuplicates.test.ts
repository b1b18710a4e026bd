import type { LocalHost } from '../../src/local/localHost';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

/** Columns of a new Customers sheet (en), 1-based: ID, Name, Email, Phone. */
const COL = { id: 1, name: 2, email: 3, phone: 4 } as const;

const customer = (i: number) => [`Given${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))} Family${i * 7}`, `person${i}@example.com`, `+7 701 ${String(1_000_000 + i * 37).slice(0, 3)} ${String(1_000_000 + i * 37).slice(3)}`];

/** A customer sheet of `count` customers pasted in at once (they get IDs C-000001…), then the edit-trigger's calls counted afresh. */
function hostWith(count: number, language: string | null = null): LocalHost {
  const h = addonHost();
  h.run('setUpCustomerSheet');
  h.run('saveSettings', { language, defaultCountry: 'KZ' });
  h.userPaste('Customers', 2, COL.name, Array.from({ length: count }, (_, i) => customer(i)));
  return h;
}

function note(h: LocalHost, row: number, column: number): string {
  return h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Customers')!.getRange(row, column).getNote();
}

describe('Duplicates caught at entry (issue 15)', () => {
  it('a pasted new row that is probably an earlier customer gets a note naming that customer; nothing is merged', () => {
    const h = hostWith(40);
    const [name, email] = customer(12);
    h.userPaste('Customers', 42, COL.name, [[name!.toUpperCase(), email!, ''], ['Someone Else Entirely', 'new.person@example.org', '+7 702 555 66 77']]);
    expect(note(h, 42, COL.id)).toBe('Clientele: probably the same as C-000013');
    expect(note(h, 43, COL.id)).toBe('');
    expect(sheetValues(h, 'Customers')).toHaveLength(1 + 42);
  });

  it('a typed row too, in the user’s language, keeping a note the user wrote', () => {
    const h = hostWith(30, 'ru');
    const sheet = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Customers')!;
    sheet.getRange(32, COL.id).setNote('VIP');
    const [name, email] = customer(3);
    h.userEdit('Customers', 32, COL.name, name!);
    h.userEdit('Customers', 32, COL.email, email!);
    expect(note(h, 32, COL.id)).toBe('Clientele: вероятно, тот же клиент, что C-000004\nVIP');
  });

  it('an edit of an existing customer that makes it no one else’s duplicate adds no note', () => {
    const h = hostWith(30);
    h.userEdit('Customers', 10, COL.email, 'changed.address@example.com');
    expect(note(h, 10, COL.id)).toBe('');
  });

  it('a contact imported as a new customer that is probably an earlier one gets the note too', () => {
    const h = hostWith(30);
    // Customer 8 with an address and a city; the import's row has its name misspelt, no email or phone, the same address.
    h.userPaste('Customers', 9, 6, [['ул. Абая, 12, кв. 5', 'Алматы']]);
    const [name] = customer(7);
    const misspelt = name!.replace(/^Given/, 'Gievn');
    putTable(h, 'Leads', [['Name', 'Address', 'City'], [misspelt, 'улица Абая, д. 12, кв. 5', 'Алматы'], ['Brand New Person', 'пр. Достык, 5', 'Астана']]);
    h.run('importContactRows', { kind: 'sheet', sheet: 'Leads' });
    const values = sheetValues(h, 'Customers');
    const rowOf = (text: string) => values.findIndex((row) => row[1] === text) + 1;
    expect(rowOf(misspelt)).toBeGreaterThan(31);
    expect(note(h, rowOf(misspelt), COL.id)).toBe('Clientele: probably the same as C-000008');
    expect(note(h, rowOf('Brand New Person'), COL.id)).toBe('');
  });

  it('costs the same service calls whatever the sheet’s size', () => {
    const calls = (count: number) => {
      const h = hostWith(count);
      const [name, email] = customer(5);
      h.ctx.calls.reset();
      h.userPaste('Customers', count + 2, COL.name, [[name!, email!, '']]);
      expect(note(h, count + 2, COL.id)).toBe('Clientele: probably the same as C-000006');
      return h.ctx.calls.snapshot();
    };
    expect(calls(200)).toEqual(calls(20));
  });
});
