import { formTemplate } from '../../../src/core/forms/formTemplate';
import { customerFromRow } from '../../../src/core/customerRecord';
import { LANGUAGES } from '../../../src/core/i18n/languages';

describe('the form Clientele creates', () => {
  it.each(LANGUAGES)('%s: every question, in the language, with a 0–10 scale and consent choices read as yes and no', (language) => {
    const template = formTemplate(language);
    expect(template.questions.map((q) => [q.target, q.kind])).toEqual([
      ['name', 'text'], ['email', 'text'], ['phone', 'text'], ['consent', 'choice'], ['source', 'text'],
      ['score', 'scale'], ['comment', 'paragraph'], ['notes', 'paragraph'], ['customerId', 'text'],
    ]);
    const titles = template.questions.map((q) => q.title);
    expect(new Set(titles).size).toBe(titles.length);
    if (language !== 'en') expect(titles.filter((t) => formTemplate('en').questions.some((q) => q.title === t))).toEqual([]);
    const consent = template.questions.find((q) => q.target === 'consent')!;
    expect(consent.helpText.length).toBeGreaterThan(40);
    const consentOf = (answer: string) => customerFromRow([answer], 2, ['Consent'], { consent: 0 }, []).customer.consent;
    expect(consent.choices!.map(consentOf)).toEqual([true, false]);
    expect(template.questions.find((q) => q.target === 'score')!.scale).toMatchObject({ lower: 0, upper: 10 });
    expect(template.noticeVersion).toMatch(new RegExp(`^notice-\\d{4}-\\d{2}-${language}$`));
  });
});
