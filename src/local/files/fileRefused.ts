/**
 * A file the readers will not read, with the reason as a message key and its values: `message`
 * is the English (what tests and logs see), `inLanguage` tells it in the user's language (the
 * CLI's --lang).
 */
import type { fileReadingMessages } from '../../core/i18n/fileReadingMessages';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Language } from '../../core/i18n/languages';
import { messagesFor } from '../../core/i18n/messages';

export type FileRefusalKey = keyof (typeof fileReadingMessages)['en'];

export class FileRefused extends Error {
  constructor(
    readonly key: FileRefusalKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(formatMessage(messagesFor('en')[key], values));
    this.name = 'FileRefused';
  }

  inLanguage(language: Language): string {
    return formatMessage(messagesFor(language)[this.key], this.values);
  }
}
