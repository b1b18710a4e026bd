import { featureMessages } from './featureMessages';

/**
 * A restore (and its preview) runs in steps that each fit an execution: the progress line the
 * sidebar shows after each step, and why a backup and a restore wait for each other.
 */
export const restoreMessages = featureMessages({
  en: {
    restoreNoRoom: 'There is no room for new tabs: they would need {needed, plural, one {# cell} other {# cells}}, and the spreadsheet already has {used} of the 10,000,000 Google allows. Restore by replacing the current data, or delete sheets you no longer need.',
    restorePreviewProgress: 'Comparing with the backup… {done} of {total, plural, one {# sheet} other {# sheets}}',
    restoreBackingUp: 'Backing up the current data first… {done} of {total, plural, one {# row} other {# rows}}',
    restoreChecking: 'Checking the backup… {done} of {total, plural, one {# row} other {# rows}}',
    restoreProgress: 'Restored {done} of {total, plural, one {# row} other {# rows}}…',
    restoreWaitsForBackup: 'A backup is in progress. Restore once it has finished (Back up now goes on with it).',
    backupWaitsForRestore: 'A restore is in progress: backups wait until it has finished.',
    restoreFailed: 'The restore stopped: {message}',
    restoreContinue: 'Go on with the restore',
  },
  ru: {
    restoreNoRoom: 'Для новых листов нет места: им нужно {needed, plural, one {# ячейка} few {# ячейки} many {# ячеек} other {# ячейки}}, а в таблице уже {used} из 10 000 000, которые разрешает Google. Восстановите с заменой текущих данных или удалите ненужные листы.',
    restorePreviewProgress: 'Сравниваем с копией… {done} из {total, plural, one {# листа} few {# листов} many {# листов} other {# листа}}',
    restoreBackingUp: 'Сначала сохраняем текущие данные… {done} из {total, plural, one {# строки} few {# строк} many {# строк} other {# строки}}',
    restoreChecking: 'Проверяем копию… {done} из {total, plural, one {# строки} few {# строк} many {# строк} other {# строки}}',
    restoreProgress: 'Восстановлено {done} из {total, plural, one {# строки} few {# строк} many {# строк} other {# строки}}…',
    restoreWaitsForBackup: 'Идёт резервное копирование. Восстановите данные, когда оно закончится (кнопка «Создать копию сейчас» продолжит его).',
    backupWaitsForRestore: 'Идёт восстановление: резервные копии подождут, пока оно не закончится.',
    restoreFailed: 'Восстановление остановлено: {message}',
    restoreContinue: 'Продолжить восстановление',
  },
  kk: {
    restoreNoRoom: 'Жаңа парақтарға орын жоқ: оларға {needed} ұяшық керек, ал кестеде Google рұқсат ететін 10 000 000 ұяшықтың {used} ұяшығы бар. Ағымдағы деректерді ауыстырып қалпына келтіріңіз немесе қажетсіз парақтарды жойыңыз.',
    restorePreviewProgress: 'Көшірмемен салыстырылуда… {total} парақтың {done} парағы',
    restoreBackingUp: 'Алдымен ағымдағы деректер сақталуда… {total} жолдың {done} жолы',
    restoreChecking: 'Көшірме тексерілуде… {total} жолдың {done} жолы',
    restoreProgress: '{total} жолдың {done} жолы қалпына келтірілді…',
    restoreWaitsForBackup: 'Сақтық көшірме жасалып жатыр. Ол аяқталғаннан кейін қалпына келтіріңіз («Қазір көшірме жасау» оны жалғастырады).',
    backupWaitsForRestore: 'Қалпына келтіру жүріп жатыр: сақтық көшірмелер ол аяқталғанша күтеді.',
    restoreFailed: 'Қалпына келтіру тоқтады: {message}',
    restoreContinue: 'Қалпына келтіруді жалғастыру',
  },
  mn: {
    restoreNoRoom: 'Шинэ хуудсанд зай алга: тэдэнд {needed} нүд хэрэгтэй, харин хүснэгтэд Google-ийн зөвшөөрдөг 10 000 000 нүднээс {used} нь аль хэдийн байна. Одоогийн өгөгдлийг орлуулж сэргээх эсвэл хэрэггүй хуудсуудыг устгана уу.',
    restorePreviewProgress: 'Нөөц хуулбартай харьцуулж байна… {total} хуудаснаас {done}',
    restoreBackingUp: 'Эхлээд одоогийн өгөгдлийг хадгалж байна… {total} мөрөөс {done}',
    restoreChecking: 'Нөөц хуулбарыг шалгаж байна… {total} мөрөөс {done}',
    restoreProgress: '{total} мөрөөс {done} мөрийг сэргээлээ…',
    restoreWaitsForBackup: 'Нөөц хуулбар хийгдэж байна. Дууссаны дараа сэргээнэ үү («Одоо нөөцлөх» үүнийг үргэлжлүүлнэ).',
    backupWaitsForRestore: 'Сэргээлт явагдаж байна: нөөц хуулбарууд түүнийг дуусахыг хүлээнэ.',
    restoreFailed: 'Сэргээлт зогслоо: {message}',
    restoreContinue: 'Сэргээлтийг үргэлжлүүлэх',
  },
  fa: {
    restoreNoRoom: 'برای برگه‌های تازه جا نیست: به {needed} سلول نیاز دارند و صفحه‌گسترده از ۱۰٬۰۰۰٬۰۰۰ سلولی که Google اجازه می‌دهد، هم‌اکنون {used} سلول دارد. با جایگزینی داده‌های کنونی بازیابی کنید یا برگه‌هایی را که لازم ندارید حذف کنید.',
    restorePreviewProgress: 'مقایسه با نسخهٔ پشتیبان… {done} از {total} برگه',
    restoreBackingUp: 'نخست از داده‌های کنونی پشتیبان گرفته می‌شود… {done} از {total} ردیف',
    restoreChecking: 'بررسی نسخهٔ پشتیبان… {done} از {total} ردیف',
    restoreProgress: '{done} از {total} ردیف بازیابی شد…',
    restoreWaitsForBackup: 'پشتیبان‌گیری در جریان است. پس از پایان آن بازیابی کنید («همین حالا پشتیبان بگیر» آن را ادامه می‌دهد).',
    backupWaitsForRestore: 'بازیابی در جریان است: پشتیبان‌گیری‌ها تا پایان آن صبر می‌کنند.',
    restoreFailed: 'بازیابی متوقف شد: {message}',
    restoreContinue: 'ادامهٔ بازیابی',
  },
  zh: {
    restoreNoRoom: '没有空间放新工作表：它们需要 {needed} 个单元格，而此表格已用 Google 允许的 10,000,000 个中的 {used} 个。请改为替换当前数据来恢复，或删除不再需要的工作表。',
    restorePreviewProgress: '正在与备份比较…… 第 {done} 个工作表，共 {total} 个',
    restoreBackingUp: '正在先备份当前数据…… 第 {done} 行，共 {total} 行',
    restoreChecking: '正在检查备份…… 第 {done} 行，共 {total} 行',
    restoreProgress: '已恢复 {done} 行，共 {total} 行……',
    restoreWaitsForBackup: '正在备份。请在备份完成后再恢复（“立即备份”会继续该备份）。',
    backupWaitsForRestore: '正在恢复：备份将等到恢复完成后再进行。',
    restoreFailed: '恢复已停止：{message}',
    restoreContinue: '继续恢复',
  },
});
