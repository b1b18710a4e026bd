import { featureMessages } from './featureMessages';

/** Settling the Quarantine sheet from the CLI (`clientele quarantine`): discarded rows and the listing. */
export const quarantineSettleMessages = featureMessages({
  en: {
    quarantineStatusDiscarded: 'Discarded',
    quarantineDiscarded: '{count, plural, one {# submission discarded: it stays in the Quarantine sheet, marked Discarded.} other {# submissions discarded: they stay in the Quarantine sheet, marked Discarded.}}',
    quarantineNotWaiting: '{count, plural, one {Row {rows} of the Quarantine sheet is not waiting (a header, empty, done or discarded): nothing was discarded.} other {Rows {rows} of the Quarantine sheet are not waiting (a header, empty, done or discarded): nothing was discarded.}}',
    cliQuarantineRow: 'row {row} ({source}, {submission}): {reason}',
    cliQuarantineWritten: 'Written to {output}.',
  },
  ru: {
    quarantineStatusDiscarded: 'Отклонено',
    quarantineDiscarded: '{count, plural, one {# отправка отклонена: она остаётся на листе «Карантин» с отметкой «Отклонено».} few {# отправки отклонены: они остаются на листе «Карантин» с отметкой «Отклонено».} many {# отправок отклонено: они остаются на листе «Карантин» с отметкой «Отклонено».} other {# отправки отклонено: они остаются на листе «Карантин» с отметкой «Отклонено».}}',
    quarantineNotWaiting: '{count, plural, one {Строка {rows} листа «Карантин» не ждёт (заголовок, пустая, готова или отклонена): ничего не отклонено.} few {Строки {rows} листа «Карантин» не ждут (заголовок, пустые, готовы или отклонены): ничего не отклонено.} many {Строки {rows} листа «Карантин» не ждут (заголовок, пустые, готовы или отклонены): ничего не отклонено.} other {Строки {rows} листа «Карантин» не ждут (заголовок, пустые, готовы или отклонены): ничего не отклонено.}}',
    cliQuarantineRow: 'строка {row} ({source}, {submission}): {reason}',
    cliQuarantineWritten: 'Записано в {output}.',
  },
  kk: {
    quarantineStatusDiscarded: 'Қабылданбады',
    quarantineDiscarded: '{count, plural, one {# жіберу қабылданбады: ол «Карантин» парағында «Қабылданбады» белгісімен қалады.} other {# жіберу қабылданбады: олар «Карантин» парағында «Қабылданбады» белгісімен қалады.}}',
    quarantineNotWaiting: '{count, plural, one {«Карантин» парағының {rows} жолы күтіп тұрған жоқ (тақырып, бос, дайын немесе қабылданбаған): ештеңе өзгертілмеді.} other {«Карантин» парағының {rows} жолдары күтіп тұрған жоқ (тақырып, бос, дайын немесе қабылданбаған): ештеңе өзгертілмеді.}}',
    cliQuarantineRow: '{row}-жол ({source}, {submission}): {reason}',
    cliQuarantineWritten: '{output} файлына жазылды.',
  },
  mn: {
    quarantineStatusDiscarded: 'Татгалзсан',
    quarantineDiscarded: '{count, plural, one {# илгээлтээс татгалзлаа: «Хорио» хуудсанд «Татгалзсан» тэмдэгтэй үлдэнэ.} other {# илгээлтээс татгалзлаа: «Хорио» хуудсанд «Татгалзсан» тэмдэгтэй үлдэнэ.}}',
    quarantineNotWaiting: '{count, plural, one {«Хорио» хуудасны {rows} мөр хүлээгдэж байгаа биш (гарчиг, хоосон, болсон эсвэл татгалзсан): юу ч өөрчлөгдсөнгүй.} other {«Хорио» хуудасны {rows} мөрүүд хүлээгдэж байгаа биш (гарчиг, хоосон, болсон эсвэл татгалзсан): юу ч өөрчлөгдсөнгүй.}}',
    cliQuarantineRow: '{row}-р мөр ({source}, {submission}): {reason}',
    cliQuarantineWritten: '{output} файлд бичлээ.',
  },
  fa: {
    quarantineStatusDiscarded: 'کنار گذاشته شد',
    quarantineDiscarded: '{count, plural, one {# ارسال کنار گذاشته شد: در برگه قرنطینه با نشان «کنار گذاشته شد» می‌ماند.} other {# ارسال کنار گذاشته شد: در برگه قرنطینه با نشان «کنار گذاشته شد» می‌مانند.}}',
    quarantineNotWaiting: '{count, plural, one {ردیف {rows} برگه قرنطینه در انتظار نیست (سرستون، خالی، انجام‌شده یا کنار گذاشته): چیزی کنار گذاشته نشد.} other {ردیف‌های {rows} برگه قرنطینه در انتظار نیستند (سرستون، خالی، انجام‌شده یا کنار گذاشته): چیزی کنار گذاشته نشد.}}',
    cliQuarantineRow: 'ردیف {row} ({source}، {submission}): {reason}',
    cliQuarantineWritten: 'در {output} نوشته شد.',
  },
  zh: {
    quarantineStatusDiscarded: '已舍弃',
    quarantineDiscarded: '{count, plural, other {已舍弃 # 条提交：它们仍保留在隔离区工作表中，标记为“已舍弃”。}}',
    quarantineNotWaiting: '{count, plural, other {隔离区工作表的第 {rows} 行不在等待中（标题行、空行、已完成或已舍弃）：未舍弃任何内容。}}',
    cliQuarantineRow: '第 {row} 行（{source}，{submission}）：{reason}',
    cliQuarantineWritten: '已写入 {output}。',
  },
});
