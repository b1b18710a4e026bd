import type { Faithful } from '../faithful';

/** Logger: keeps what the script logs, for tests to read (and to check that no personal data is logged). */
export class LocalLogger implements Faithful<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly lines: string[] = [];

  log(data: unknown, ...values: unknown[]): LocalLogger {
    let text = String(data);
    for (const value of values) text = text.replace('%s', String(value));
    this.lines.push(text);
    return this;
  }

  getLog(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  clear(): void {
    this.lines.length = 0;
  }
}
