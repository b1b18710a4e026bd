import { nameForm, nameTokens, phoneticKey } from '../../../src/core/dedupe/nameKeys';

const fingerprint = (text: string) => nameForm(text)?.fingerprint;

describe('name keys', () => {
  test.each([
    ['Иванов Иван', 'Ivan Ivanov'],
    ['Ержан Қасымов', 'Ержан Касымов'],
    ['Әсел Серікова', 'ASEL SERIKOVA'],
    ['王芳', '王 芳'],
    ['علي رضايي', 'علی رضایی'],
    ['كيانا كريمي', 'کیانا کریمی'],
    ["Sarah O'Connor", 'sarah o’connor'],
    ['Мария\u00A0Петрова', 'Мария Петрова\u200B'],
    ['Соколов Дмитрий', 'Dmitriy  Sokolov'],
    ['Юлия Новикова', 'Yulia Novikova'],
    ['Ганбаатар Бат-Эрдэнэ', 'Baterdene Ganbaatar'],
  ])('%s and %s have one fingerprint', (a, b) => {
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  test.each([
    ['Гульнара Ахметова', 'Айдана Ахметова'],
    ['刘洋', '刘丽'],
    ['رضا احمدی', 'مریم احمدی'],
  ])('%s and %s do not', (a, b) => {
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });

  test('scripts that cannot be compared are told apart', () => {
    expect(nameForm('محمد حسینی')?.script).toBe('arabic');
    expect(nameForm('李娜')?.script).toBe('cjk');
    expect(nameForm('Ли На')?.script).toBe('latin');
    expect(nameForm(' .- ')).toBeNull();
  });

  test('the sound key keeps the first letter and folds alike consonants', () => {
    expect(phoneticKey('smith')).toBe(phoneticKey('smit'));
    expect(phoneticKey('petrov')).toBe(phoneticKey('petrof'));
    expect(phoneticKey('petrov')).not.toBe(phoneticKey('ivanov'));
  });

  it('nameTokens gives the tokens of nameForm in every script, and none when nothing is left', () => {
    const names = ['Иванов Иван', 'Әсел Серікова', 'Ганбаатар Бат-Эрдэнэ', '王芳', '王 芳', 'علی‌ رضایی', 'كيانا كريمي', "Sarah O'Connor", 'L.L.C. Smith & Sons', 'Ltd', 'ТОО «Жулдыз»', 'Мария\u00A0Петрова\u200B', '  ', '—', '42', 'Customer 42', 'Fyodor Shchukin', 'محمد ۱۲'];
    for (const name of names) expect(nameTokens(name)).toEqual(nameForm(name)?.tokens ?? []);
  });
});
