import { featureMessages } from './featureMessages';

/** The Today panel's keep in touch lists: a recall's line and the button that prepares a customer's message. */
export const todayContactMessages = featureMessages({
  en: {
    todayRecallLine: '{service}, last on {lastVisit}',
    todayMessage: 'Message',
  },
  ru: {
    todayRecallLine: '«{service}», в прошлый раз {lastVisit}',
    todayMessage: 'Написать',
  },
  kk: {
    todayRecallLine: '«{service}», соңғысы {lastVisit}',
    todayMessage: 'Жазу',
  },
  mn: {
    todayRecallLine: '«{service}», сүүлд {lastVisit}',
    todayMessage: 'Мессеж',
  },
  fa: {
    todayRecallLine: '«{service}»، آخرین بار {lastVisit}',
    todayMessage: 'پیام',
  },
  zh: {
    todayRecallLine: '「{service}」，上次 {lastVisit}',
    todayMessage: '发消息',
  },
});
