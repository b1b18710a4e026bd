import type { Faithful } from '../faithful';
import type { HostContext } from '../hostContext';
import { counted } from '../countedService';
import { bytesToBase64, encodeText } from './blob';
import { sha256 } from './digest';

export class LocalUser implements Faithful<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

type SessionMethods = 'getActiveUser' | 'getEffectiveUser' | 'getActiveUserLocale' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey';

/** Session: who runs the script, in which language and time zone. */
export class LocalSession implements Faithful<GoogleAppsScript.Base.Session, SessionMethods> {
  constructor(private readonly ctx: HostContext) {}

  getActiveUser(): LocalUser {
    return counted('User', new LocalUser(this.ctx.user.email), this.ctx.calls);
  }

  /** The host runs everything as the active user: no web apps "executing as me", and triggers run as their creator, who is the user. */
  getEffectiveUser(): LocalUser {
    return counted('User', new LocalUser(this.ctx.user.email), this.ctx.calls);
  }

  /** Google: "the language setting of the current user as a string—for example, en for English". */
  getActiveUserLocale(): string {
    return this.ctx.user.locale;
  }

  getScriptTimeZone(): string {
    return this.ctx.scriptTimeZone;
  }

  /** Unique to the user without revealing who it is; the host keeps it stable across runs. */
  getTemporaryActiveUserKey(): string {
    return bytesToBase64(sha256(encodeText(`temporary-user-key:${this.ctx.user.email}`)), true).replace(/=+$/, '');
  }
}
