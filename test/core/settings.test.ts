import { parseStoredSettings, serializeSettings } from '../../src/core/settings';

describe('stored settings', () => {
  it('reads nothing stored as the defaults', () => {
    expect(parseStoredSettings(null)).toEqual({ settings: {}, problem: null });
  });

  it('round-trips valid settings', () => {
    const settings = { customerSheet: 'Клиенты', columns: { email: 'Эл. почта' }, defaultCountry: 'KZ', language: 'kk' as const };
    expect(parseStoredSettings(serializeSettings(settings))).toEqual({ settings, problem: null });
  });

  it.each([
    ['{not json', 'not valid JSON'],
    ['{"defaultCountry":"Kazakhstan"}', 'defaultCountry'],
    ['{"language":"de"}', 'language'],
    ['{"columns":{"shoeSize":"Size"}}', 'columns'],
  ])('reports damaged settings %s instead of crashing, and falls back to defaults', (raw, mentions) => {
    const loaded = parseStoredSettings(raw);
    expect(loaded.settings).toEqual({});
    expect(loaded.problem).toContain(mentions);
  });
});
