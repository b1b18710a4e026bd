/**
 * Messages from the digest's lists on the host: the gate applied again on the server, emails in
 * the outbox with their unsubscribe line and within the quota, chat links filled in, and every
 * message (sent or opened) a line of the audit log naming the customer, template and channel.
 */
import type { OutreachPreview } from '../../src/server/keepInTouch/listMessages';
import { DAILY_RECIPIENT_QUOTA } from '../../src/local/services/mail';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const TODAY = '2026-03-04T09:30:00Z';
const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent', 'Date of birth', 'Country'];
const AIDA = ['C-000001', 'Aida', 'aida@example.kz', '+77011234567', 'yes', '1990-03-05', ''];
const BOB = ['C-000002', 'Bob', 'bob@example.kz', '+77011234568', 'no', '1991-03-06', 'KZ'];
const SARA = ['C-000003', 'سارا', 'sara@example.ir', '+989121234567', 'yes', '1370/12/15', 'IR'];
const NOPHONE = ['C-000004', 'Dana', 'dana@example.kz', '', 'yes', '1992-03-07', ''];

function shop() {
  const host = addonHost({ user: { email: 'owner@example.com', locale: 'en' } });
  putTable(host, 'Customers', [HEADER, AIDA, BOB, SARA, NOPHONE]);
  host.run('saveKeepInTouchSettings', { shopName: 'Nur Dental' });
  return host;
}

const auditMessages = (host: ReturnType<typeof shop>) => (host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)?.getSheetByName('Audit log') ? sheetValues(host, 'Audit log') : []).slice(1).filter((row) => row[2] === 'message').map((row) => `${row[3]} ${row[7]}`);

describe('messages from a list', () => {
  it('gives WhatsApp links with the greeting filled in, only to customers who agreed, Persian right to left', () => {
    const host = shop();
    const preview = host.run<OutreachPreview>('getOutreach', { list: 'birthdays', channel: 'whatsapp' }, TODAY);
    expect(preview.messages.map((m) => [m.id, m.direction])).toEqual([['C-000001', 'ltr'], ['C-000003', 'rtl']]);
    expect(preview.messages[0]!.link).toBe(`https://wa.me/77011234567?text=${encodeURIComponent(preview.messages[0]!.text)}`);
    expect(preview.messages[0]!.text).toContain('Aida');
    expect(preview.messages[0]!.text).toContain('Nur Dental');
    expect(preview.refused).toEqual([{ id: 'C-000004', name: 'Dana', reason: 'has no phone number that can be read' }]);
    expect(JSON.stringify(preview)).not.toContain('Bob');
    expect(auditMessages(host)).toEqual([]);
  });

  it('emails the ticked customers with an unsubscribe line, and logs each as proof of consent', () => {
    const host = shop();
    const result = host.run<{ sent: number; message: string }>('sendListEmails', { list: 'birthdays', channel: 'email', customerIds: ['C-000001', 'C-000002', 'C-000004'] }, TODAY);
    expect(result).toMatchObject({ sent: 2, message: 'Emails sent: 2' });
    expect(host.mailApp.outbox.map((m) => [m.to, m.subject])).toEqual([['aida@example.kz', 'Happy birthday, Aida!'], ['dana@example.kz', 'Happy birthday, Dana!']]);
    expect(host.mailApp.outbox[0]!.body).toMatch(/You receive this because you agreed to hear from Nur Dental/);
    expect(auditMessages(host)).toEqual(['C-000001 Birthday greeting · Email', 'C-000004 Birthday greeting · Email']);
  });

  it('stops at the day’s quota and says who was left for tomorrow', () => {
    const host = shop();
    for (let i = 0; i < DAILY_RECIPIENT_QUOTA - 1; i += 1) host.mailApp.sendEmail(`c${i}@example.com`, 's', 'b');
    const result = host.run<{ sent: number; preview: OutreachPreview }>('sendListEmails', { list: 'birthdays', channel: 'email' }, TODAY);
    expect(result.sent).toBe(1);
    expect(result.preview.refused.map((r) => [r.id, r.reason])).toEqual([['C-000003', 'today’s email quota is used up'], ['C-000004', 'today’s email quota is used up']]);
  });

  it('logs an opened chat link, but not one for a customer the gate refuses', () => {
    const host = shop();
    expect(host.run('logChatOpened', { list: 'birthdays', channel: 'telegram', customerIds: ['C-000003'] }, TODAY)).toBe(true);
    expect(host.run('logChatOpened', { list: 'birthdays', channel: 'telegram', customerIds: ['C-000002'] }, TODAY)).toBe(false);
    expect(auditMessages(host)).toEqual(['C-000003 Birthday greeting · Telegram · link opened']);
  });

  it('never gives an erased customer a link or an email, even re-added with a yes', () => {
    const host = shop();
    host.run('eraseCustomer', AIDA[2]);
    putTable(host, 'Customers', [...sheetValues(host, 'Customers'), ['C-000009', 'Aida again', 'AIDA@example.kz', '+7 701 123 4567', 'yes', '1990-03-05', 'KZ']]);
    for (const channel of ['whatsapp', 'telegram', 'sms', 'email']) {
      const preview = host.run<OutreachPreview>('getOutreach', { list: 'birthdays', channel }, TODAY);
      expect(preview.messages.map((m) => m.id)).not.toContain('C-000009');
    }
    host.run('sendListEmails', { list: 'birthdays', channel: 'email' }, TODAY);
    expect(host.mailApp.outbox.map((m) => m.to.toLowerCase())).not.toContain('aida@example.kz');
  });
});

describe('the detractor list', () => {
  it('gives each detractor who agreed to be contacted the apology template in their language, never one who did not', () => {
    const host = shop();
    putTable(host, 'Responses', [['Date', 'Customer ID', 'Score', 'Comment', 'Source', 'Response ID'],
      ['2026-03-01', 'C-000003', 2, 'Long wait', 'form', 'r1'], ['2026-03-02', 'C-000002', 1, 'Rude', 'form', 'r2'], ['2026-03-02', 'C-000001', 10, '', 'form', 'r3']]);
    const preview = host.run<OutreachPreview>('getOutreach', { list: 'detractors', channel: 'whatsapp' }, TODAY);
    expect(preview.messages.map((m) => [m.id, m.language, m.direction])).toEqual([['C-000003', 'fa', 'rtl']]);
    expect(preview.messages[0]!.text).toBe('\u200fسارا، از اینکه صادقانه کار ما را ارزیابی کردید سپاسگزاریم. متأسفیم که انتظار شما را برآورده نکردیم و می‌خواهیم جبران کنیم: پاسخ دهید و بگویید چه پیش آمد. — Nur Dental');
    expect(JSON.stringify(preview)).not.toContain('Bob');
  });
});
