import { HostContext } from '../../src/local/hostContext';
import { LocalSession } from '../../src/local/services/session';

describe('LocalSession', () => {
  // https://developers.google.com/apps-script/reference/base/session
  it('reports the host user, locale and script time zone', () => {
    const ctx = new HostContext({ user: { email: 'ann@example.com', locale: 'en' }, scriptTimeZone: 'Europe/Paris' });
    const session = new LocalSession(ctx);
    expect(session.getActiveUser().getEmail()).toBe('ann@example.com');
    expect(session.getEffectiveUser().getEmail()).toBe('ann@example.com');
    expect(session.getActiveUserLocale()).toBe('en');
    expect(session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(ctx.calls.snapshot()).toEqual({ 'User.getEmail': 2 });
  });

  it('gives a temporary key that is stable per user and does not reveal the email', () => {
    const ctx = new HostContext({ user: { email: 'ann@example.com', locale: 'en' } });
    const session = new LocalSession(ctx);
    const key = session.getTemporaryActiveUserKey();
    expect(session.getTemporaryActiveUserKey()).toBe(key);
    expect(key).not.toContain('ann');
    ctx.user = { email: 'bob@example.com', locale: 'en' };
    expect(session.getTemporaryActiveUserKey()).not.toBe(key);
  });
});
