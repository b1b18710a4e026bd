import { featureMessages } from './featureMessages';

/** Revenue by channel: what is in currencies other than the shop's, summed apart and never added in. */
export const channelRevenueMessages = featureMessages({
  en: { channelRevenueOther: 'Other currencies' },
  ru: { channelRevenueOther: 'Другие валюты' },
  kk: { channelRevenueOther: 'Басқа валюталар' },
  mn: { channelRevenueOther: 'Бусад валют' },
  fa: { channelRevenueOther: 'سایر ارزها' },
  zh: { channelRevenueOther: '其他币种' },
});
