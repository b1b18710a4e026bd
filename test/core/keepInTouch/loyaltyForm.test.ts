import { messagesFor } from '../../../src/core/i18n/messages';
import { loyaltyFormOf, loyaltyRuleFromForm, type LoyaltyForm } from '../../../src/core/keepInTouch/loyaltyForm';

const en = messagesFor('en');
const form = (over: Partial<LoyaltyForm>): LoyaltyForm => ({ pointsPerUnit: '', pointsPerVisit: '', currency: '', tiers: '', tierWindow: 'allTime', ...over });

describe('the loyalty rule as the settings form writes it', () => {
  it.each([
    [{ pointsPerUnit: '0,5', pointsPerVisit: '10', currency: 'kzt', tiers: 'Silver: 500\nGold — 1 000' },
      { pointsPerUnit: 0.5, pointsPerVisit: 10, currency: 'KZT', tiers: [{ name: 'Silver', threshold: 500 }, { name: 'Gold', threshold: 1000 }], tierWindow: 'allTime' }],
    [{ pointsPerUnit: '۰٫۱', tiers: 'طلایی: ۱۰۰۰', tierWindow: 'last12Months' as const },
      { pointsPerUnit: 0.1, pointsPerVisit: 0, currency: '', tiers: [{ name: 'طلایی', threshold: 1000 }], tierWindow: 'last12Months' }],
    [{ pointsPerVisit: '1', tiers: '金卡：1,000\n\nVIP-Gold: 5000' },
      { pointsPerUnit: 0, pointsPerVisit: 1, currency: '', tiers: [{ name: '金卡', threshold: 1000 }, { name: 'VIP-Gold', threshold: 5000 }], tierWindow: 'allTime' }],
  ])('reads %j', (typed, rule) => {
    expect(loyaltyRuleFromForm(form(typed), en)).toEqual({ rule });
  });

  it('reads no points and no levels as no programme', () => {
    expect(loyaltyRuleFromForm(form({ pointsPerUnit: ' 0 ' }), en)).toEqual({ rule: null });
  });

  it.each([
    [{ pointsPerUnit: 'ten' }, 'Points per unit: “ten” is not a number from 0 to 1,000.'],
    [{ pointsPerUnit: '-1' }, 'Points per unit: “-1” is not a number from 0 to 1,000.'],
    [{ pointsPerVisit: '2.5' }, 'Points per visit: “2.5” is not a whole number from 0 to 100,000.'],
    [{ currency: 'tenge' }, 'Currency: “tenge” is not a three-letter code such as KZT.'],
    [{ tiers: 'Silver: 500\nGold' }, 'Levels, line 2: “Gold” is not “name: points” with whole points.'],
    [{ tiers: Array.from({ length: 11 }, (_, i) => `L${i}: ${i}`).join('\n') }, 'Levels: at most 10.'],
  ])('refuses %j naming the field to correct', (typed, problem) => {
    expect(loyaltyRuleFromForm(form(typed), en)).toEqual({ problem });
  });

  it('shows a saved rule in the form so that saving it again keeps it', () => {
    const read = loyaltyRuleFromForm(form({ pointsPerUnit: '0.01', pointsPerVisit: '5', currency: 'KZT', tiers: 'Gold: 1000\nSilver: 100', tierWindow: 'last12Months' }), en);
    if (!('rule' in read) || !read.rule) throw new Error('not read');
    expect(loyaltyRuleFromForm(loyaltyFormOf(read.rule), en)).toEqual({ rule: { ...read.rule, tiers: [{ name: 'Silver', threshold: 100 }, { name: 'Gold', threshold: 1000 }] } });
    expect(loyaltyFormOf(null)).toEqual(form({}));
  });
});
