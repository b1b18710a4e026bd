import { featureMessages } from './featureMessages';

/** "Please check your details" from the sidebar: the card's button and the Keep in touch panel's section. */
export const detailsRequestMessages = featureMessages({
  en: {
    cardAskDetails: 'Ask to check their details',
    kitDetailsHeading: 'Ask customers to check their details',
    kitDetailsIds: 'Customer IDs, separated by commas or spaces',
  },
  ru: {
    cardAskDetails: 'Попросить проверить данные',
    kitDetailsHeading: 'Попросить клиентов проверить свои данные',
    kitDetailsIds: 'ID клиентов через запятую или пробел',
  },
  kk: {
    cardAskDetails: 'Деректерін тексеруді сұрау',
    kitDetailsHeading: 'Клиенттерден деректерін тексеруді сұрау',
    kitDetailsIds: 'Клиент ID-лері, үтір немесе бос орын арқылы',
  },
  mn: {
    cardAskDetails: 'Мэдээллээ шалгахыг хүсэх',
    kitDetailsHeading: 'Харилцагчдаас мэдээллээ шалгахыг хүсэх',
    kitDetailsIds: 'Харилцагчийн ID-г таслал эсвэл зайгаар тусгаарлана',
  },
  fa: {
    cardAskDetails: 'درخواست بررسی اطلاعات',
    kitDetailsHeading: 'درخواست از مشتریان برای بررسی اطلاعاتشان',
    kitDetailsIds: 'شناسه‌های مشتریان، جدا با ویرگول یا فاصله',
  },
  zh: {
    cardAskDetails: '请其核对资料',
    kitDetailsHeading: '请客户核对自己的资料',
    kitDetailsIds: '客户编号，用逗号或空格分隔',
  },
});
