import { featureMessages } from './featureMessages';

/** The duplicates panel while a big sheet is matched in steps: progress, stop and continue. */
export const dedupeProgressMessages = featureMessages({
  en: {
    dupProgressComparing: 'Compared {percent}% of the sheet…',
    dupProgressStop: 'Stop',
    dupProgressStopped: 'Stopped after comparing {percent}% of the sheet; the groups shown come from that part.',
    dupProgressContinue: 'Continue',
  },
  ru: {
    dupProgressComparing: 'Сравнено {percent}% листа…',
    dupProgressStop: 'Остановить',
    dupProgressStopped: 'Остановлено после сравнения {percent}% листа; показаны группы из этой части.',
    dupProgressContinue: 'Продолжить',
  },
  kk: {
    dupProgressComparing: 'Парақтың {percent}% салыстырылды…',
    dupProgressStop: 'Тоқтату',
    dupProgressStopped: 'Парақтың {percent}% салыстырылғаннан кейін тоқтатылды; көрсетілген топтар сол бөліктен.',
    dupProgressContinue: 'Жалғастыру',
  },
  mn: {
    dupProgressComparing: 'Хуудасны {percent}%-ийг харьцуулсан…',
    dupProgressStop: 'Зогсоох',
    dupProgressStopped: 'Хуудасны {percent}%-ийг харьцуулаад зогссон; харуулсан бүлгүүд тэр хэсгээс.',
    dupProgressContinue: 'Үргэлжлүүлэх',
  },
  fa: {
    dupProgressComparing: '{percent}٪ از برگه مقایسه شد…',
    dupProgressStop: 'توقف',
    dupProgressStopped: 'پس از مقایسهٔ {percent}٪ از برگه متوقف شد؛ گروه‌های نشان‌داده‌شده از همان بخش‌اند.',
    dupProgressContinue: 'ادامه',
  },
  zh: {
    dupProgressComparing: '已比较工作表的 {percent}%…',
    dupProgressStop: '停止',
    dupProgressStopped: '比较了工作表的 {percent}% 后已停止；显示的分组来自这一部分。',
    dupProgressContinue: '继续',
  },
});
