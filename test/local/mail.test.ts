import { HostContext } from '../../src/local/hostContext';
import { LocalMailApp, QUOTA_EXCEEDED } from '../../src/local/services/mail';

function setup() {
  const ctx = new HostContext({ now: new Date('2024-01-01T00:00:00Z') });
  return { ctx, mail: new LocalMailApp(ctx) };
}

describe('LocalMailApp', () => {
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String)
  it('puts each documented call shape in the outbox', () => {
    const { mail } = setup();
    mail.sendEmail('a@example.com', 'Hi', 'Body');
    mail.sendEmail('b@example.com', 'Hi', 'Body', { htmlBody: '<b>Body</b>', name: 'Clientele' });
    mail.sendEmail({ to: 'c@example.com', subject: 'S', body: 'B', replyTo: 'r@example.com' });
    mail.sendEmail('d@example.com', 'r@example.com', 'S4', 'B4');
    expect(mail.outbox.map(({ at: _at, ...m }) => m)).toEqual([
      { to: 'a@example.com', subject: 'Hi', body: 'Body' },
      { to: 'b@example.com', subject: 'Hi', body: 'Body', htmlBody: '<b>Body</b>', name: 'Clientele' },
      { to: 'c@example.com', subject: 'S', body: 'B', replyTo: 'r@example.com' },
      { to: 'd@example.com', replyTo: 'r@example.com', subject: 'S4', body: 'B4' },
    ]);
    expect(mail.outbox[0]!.at).toEqual(new Date('2024-01-01T00:00:00Z'));
  });

  // https://developers.google.com/apps-script/guides/services/quotas: 100 recipients / day, reset 24 h after the first request.
  it('counts recipients against a daily quota of 100 that resets after 24 hours', () => {
    const { ctx, mail } = setup();
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail('a@example.com', 'S', 'B', { cc: 'b@example.com, c@example.com' });
    expect(mail.getRemainingDailyQuota()).toBe(97);
    for (let i = 0; i < 97; i++) mail.sendEmail(`u${i}@example.com`, 'S', 'B');
    expect(() => mail.sendEmail('late@example.com', 'S', 'B')).toThrow(QUOTA_EXCEEDED);
    ctx.advance(24 * 60 * 60 * 1000);
    expect(mail.getRemainingDailyQuota()).toBe(100);
  });

  it('rejects malformed addresses and a message without recipients', () => {
    const { mail } = setup();
    expect(() => mail.sendEmail('not-an-address', 'S', 'B')).toThrow('Invalid email: not-an-address');
    expect(() => mail.sendEmail({ subject: 'S', body: 'B' })).toThrow('Failed to send email: no recipient');
    expect(mail.outbox).toHaveLength(0);
  });

  it('round-trips its state', () => {
    const { ctx, mail } = setup();
    mail.sendEmail('a@example.com', 'S', 'B');
    const copy = new LocalMailApp(ctx);
    copy.importState(JSON.parse(JSON.stringify(mail.exportState())));
    expect(copy.outbox).toEqual(mail.outbox);
    expect(copy.getRemainingDailyQuota()).toBe(99);
  });
});
