import { featureMessages } from './featureMessages';

/** Loyalty points redeemed on the Purchases sheet (its optional Points column): why a cell was not read. */
export const redemptionMessages = featureMessages({
  en: { purchaseReasonNotPoints: 'not points redeemed: write them as a negative whole number, e.g. -200' },
  ru: { purchaseReasonNotPoints: 'это не списанные баллы: запишите их отрицательным целым числом, например -200' },
  kk: { purchaseReasonNotPoints: 'бұл жұмсалған ұпай емес: оны теріс бүтін санмен жазыңыз, мысалы -200' },
  mn: { purchaseReasonNotPoints: 'зарцуулсан оноо биш: сөрөг бүхэл тоогоор бичнэ үү, жишээ нь -200' },
  fa: { purchaseReasonNotPoints: 'امتیاز خرج‌شده نیست: آن را به صورت عدد صحیح منفی بنویسید، مثلاً -200' },
  zh: { purchaseReasonNotPoints: '不是已兑换的积分：请写成负整数，例如 -200' },
});
