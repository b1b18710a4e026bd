import type { Language } from './languages';

/**
 * One feature's interface texts in every language. English is the reference; the type
 * makes every other language translate every English key, nothing more and nothing less.
 * List the result in FEATURES in messages.ts.
 */
export type FeatureMessages<English extends Record<string, string>> = { en: English } & {
  [L in Exclude<Language, 'en'>]: Record<keyof English, string>;
};

export function featureMessages<const English extends Record<string, string>>(
  texts: FeatureMessages<English>,
): FeatureMessages<English> {
  return texts;
}
