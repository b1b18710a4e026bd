import { captureInputFromFormEvent, isBlankFormEvent } from '../../../src/core/forms/formSubmission';

const header = ['Timestamp', 'Аты-жөні', 'Телефон', 'Сізбен байланысуға бола ма?', 'Бізді досыңызға немесе әріптесіңізге ұсыну ықтималдығы қандай?', 'Неге мұндай баға қойдыңыз?', 'Favourite colour'];
const stamp = new Date('2026-11-23T09:30:00Z');
const now = new Date('2026-11-24T00:00:00Z');

describe('a form-submit event as a capture input', () => {
  it('maps answers by question title, takes the row’s timestamp, names the response by sheet and row', () => {
    const input = captureInputFromFormEvent(
      { responsesSheetId: 7, row: 5, header, rowValues: [stamp, 'Әлия Сапарова', '+77011234567', 'Иә', 9, 'Жақсы', 'blue'], eventValues: ['x', 'Әлия'] },
      { mapping: {}, noticeVersion: 'notice-2026-11-kk', now },
    );
    expect(input).toEqual({
      submissionId: 'form:7:5', submittedAt: stamp, source: 'form',
      fields: { name: 'Әлия Сапарова', phone: '+77011234567', consent: 'Иә' },
      score: '9', comment: 'Жақсы', consentNoticeVersion: 'notice-2026-11-kk',
    });
  });

  it('uses the saved mapping, joins two questions that feed one field, leaves values exactly as received', () => {
    const input = captureInputFromFormEvent(
      { responsesSheetId: 7, row: 2, header: ['Timestamp', 'Q1', 'Q2', 'Q3'], rowValues: ['', '=1+1', 'a', 'b'], eventValues: ['', 'a'] },
      { mapping: { Q1: 'name', Q2: 'notes', Q3: 'notes' }, now },
    );
    expect(input).toMatchObject({ submittedAt: now, fields: { name: '=1+1', notes: 'a\nb' } });
    expect(input).not.toHaveProperty('consentNoticeVersion');
  });

  it('a response that answers no mapped question still goes to capture (to be quarantined, not lost)', () => {
    const input = captureInputFromFormEvent(
      { responsesSheetId: 1, row: 2, header: ['Timestamp', 'Favourite colour'], rowValues: [stamp, 'blue'], eventValues: ['t', 'blue'] },
      { mapping: {}, now },
    );
    expect(input).toMatchObject({ submissionId: 'form:1:2', fields: {} });
  });

  it('a blank event is nothing to capture', () => {
    expect(isBlankFormEvent(['', '', ' '])).toBe(true);
    expect(isBlankFormEvent(['11/23/2026 9:30:00', '', ''])).toBe(true);
    expect(isBlankFormEvent(['11/23/2026 9:30:00', '', 'x'])).toBe(false);
    expect(captureInputFromFormEvent({ responsesSheetId: 1, row: 2, header, rowValues: [stamp, 'A'], eventValues: ['', ''] }, { mapping: {}, now })).toBeNull();
  });
});
