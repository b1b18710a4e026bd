import { featureMessages } from './featureMessages';

/** The words the Privacy requests sheet holds for a request's status and a sidebar-logged channel. */
export const privacyRequestSheetMessages = featureMessages({
  en: { privacyStatusOpen: 'open', privacyStatusDone: 'done', privacyChannelSidebar: 'Clientele sidebar' },
  ru: { privacyStatusOpen: 'открыт', privacyStatusDone: 'выполнен', privacyChannelSidebar: 'боковая панель Clientele' },
  kk: { privacyStatusOpen: 'ашық', privacyStatusDone: 'орындалды', privacyChannelSidebar: 'Clientele бүйір панелі' },
  mn: { privacyStatusOpen: 'нээлттэй', privacyStatusDone: 'биелсэн', privacyChannelSidebar: 'Clientele хажуугийн самбар' },
  fa: { privacyStatusOpen: 'باز', privacyStatusDone: 'انجام شد', privacyChannelSidebar: 'نوار کناری Clientele' },
  zh: { privacyStatusOpen: '未处理', privacyStatusDone: '已完成', privacyChannelSidebar: 'Clientele 侧边栏' },
});
