import { formTemplate } from '../../../src/core/forms/formTemplate';
import { mapQuestions, recogniseQuestion } from '../../../src/core/forms/questionMapping';
import { LANGUAGES } from '../../../src/core/i18n/languages';

describe('recognising form questions', () => {
  it.each(LANGUAGES)('recognises every question of Clientele’s own %s form', (language) => {
    // The Customer ID question is never recognised by its title (a respondent's field in another
    // form must not pick a customer): Clientele's own form maps it when it creates the form.
    for (const question of formTemplate(language).questions) {
      expect([question.title, recogniseQuestion(question.title)]).toEqual([question.title, question.target === 'customerId' ? null : question.target]);
    }
  });

  it.each([
    ['Your name', 'name'], ['E-mail address', 'email'], ['Ваш телефон', 'phone'], ['Телефон нөмірі', 'phone'],
    ['Утасны дугаар', 'phone'], ['شماره تماس', 'phone'], ['手机号', 'phone'], ['Электрондық пошта', 'email'],
    ['How likely is it that you would recommend our studio?', 'score'], ['Порекомендуете ли вы нас друзьям?', 'score'],
    ['Бізді ұсынасыз ба?', 'score'], ['ما را توصیه می‌کنید؟', 'score'], ['您会推荐我们吗', 'score'],
    ['Why?', 'comment'], ['Почему вы поставили такую оценку?', 'comment'], ['Неге?', 'comment'], ['Яагаад?', 'comment'], ['چرا؟', 'comment'], ['为什么？', 'comment'],
    ['I agree to receive news', 'consent'], ['Согласие на рассылку', 'consent'],
    ['Where did you hear about us?', 'source'], ['Откуда вы о нас узнали?', 'source'],
    ['Favourite colour', null], ['', null],
  ] as const)('“%s” → %s', (title, target) => {
    expect(recogniseQuestion(title)).toBe(target);
  });

  it('a saved choice wins over recognition, and “ignore” leaves a question out', () => {
    expect(mapQuestions(['Name', 'Favourite colour', 'Phone'], { 'Favourite colour': 'notes', Phone: 'ignore' })).toEqual([
      { title: 'Name', target: 'name', chosen: false },
      { title: 'Favourite colour', target: 'notes', chosen: true },
      { title: 'Phone', target: null, chosen: true },
    ]);
  });
});
