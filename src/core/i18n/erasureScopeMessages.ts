import { featureMessages } from './featureMessages';

/** Privacy: how much of a person each sheet holds, and why erasure waits for sheets Clientele does not keep. */
export const erasureScopeMessages = featureMessages({
  en: {
    privacyEraseCells: '{line} ({cells, plural, one {# cell} other {# cells}})',
    privacyEraseOther: '{sheet}: their data is in {rows, plural, one {# row} other {# rows}} ({cells, plural, one {# cell} other {# cells}}), but Clientele does not keep this sheet (a restored tab or a sheet they were imported from): delete those rows or the tab yourself, then erase',
    privacyEraseRefused: 'Not erased: {sheets} still hold their data, and Clientele does not keep those sheets (restored tabs or sheets they were imported from), so it cannot promise they are gone. Delete those rows or tabs yourself, then erase again.',
  },
  ru: {
    privacyEraseCells: '{line} (ячеек: {cells})',
    privacyEraseOther: '{sheet}: их данные есть в {rows, plural, one {# строке} few {# строках} many {# строках} other {# строки}} (ячеек: {cells}), но этот лист Clientele не ведёт (восстановленная вкладка или лист, из которого их импортировали): удалите эти строки или вкладку сами, затем удаляйте',
    privacyEraseRefused: 'Не удалено: {sheets} всё ещё содержат их данные, а эти листы Clientele не ведёт (восстановленные вкладки или листы, из которых их импортировали), поэтому не может обещать, что данных там не останется. Удалите эти строки или вкладки сами и повторите удаление.',
  },
  kk: {
    privacyEraseCells: '{line} ({cells} ұяшық)',
    privacyEraseOther: '{sheet}: {rows} жол ({cells} ұяшық) олардың деректерін сақтайды, бірақ бұл парақты Clientele жүргізбейді (қалпына келтірілген бет немесе олар импортталған парақ): ол жолдарды не бетті өзіңіз жойып, содан кейін өшіріңіз',
    privacyEraseRefused: 'Өшірілмеді: {sheets} әлі де олардың деректерін сақтайды, ал бұл парақтарды Clientele жүргізбейді (қалпына келтірілген беттер немесе олар импортталған парақтар), сондықтан деректердің жойылғанына кепілдік бере алмайды. Ол жолдарды не беттерді өзіңіз жойып, қайта өшіріңіз.',
  },
  mn: {
    privacyEraseCells: '{line} ({cells} нүд)',
    privacyEraseOther: '{sheet}: {rows} мөр ({cells} нүд) тэдний мэдээллийг агуулж байна, гэхдээ энэ хуудсыг Clientele хөтөлдөггүй (сэргээсэн таб эсвэл тэднийг импортолсон хуудас): тэр мөрүүд эсвэл табыг өөрөө устгаад дараа нь устгана уу',
    privacyEraseRefused: 'Устгасангүй: {sheets} тэдний мэдээллийг агуулсаар байгаа бөгөөд эдгээр хуудсыг Clientele хөтөлдөггүй (сэргээсэн таб эсвэл тэднийг импортолсон хуудас) тул мэдээлэл арилсан гэж баталж чадахгүй. Тэр мөрүүд эсвэл табуудыг өөрөө устгаад дахин устгана уу.',
  },
  fa: {
    privacyEraseCells: '{line} ({cells} سلول)',
    privacyEraseOther: '{sheet}: {rows} ردیف ({cells} سلول) دادهٔ آن‌ها را دارد، اما Clientele این برگه را نگه نمی‌دارد (برگهٔ بازیابی‌شده یا برگه‌ای که از آن وارد شده‌اند): آن ردیف‌ها یا برگه را خودتان پاک کنید، سپس حذف کنید',
    privacyEraseRefused: 'حذف نشد: {sheets} هنوز دادهٔ آن‌ها را دارند و Clientele این برگه‌ها را نگه نمی‌دارد (برگه‌های بازیابی‌شده یا برگه‌هایی که از آن‌ها وارد شده‌اند)، پس نمی‌تواند قول دهد که داده‌ها پاک شده‌اند. آن ردیف‌ها یا برگه‌ها را خودتان پاک کنید و دوباره حذف کنید.',
  },
  zh: {
    privacyEraseCells: '{line}（{cells} 个单元格）',
    privacyEraseOther: '{sheet}：{rows} 行（{cells} 个单元格）含有其数据，但此工作表不由 Clientele 管理（恢复出的标签页或导入来源表）：请先自行删除这些行或标签页，再执行删除',
    privacyEraseRefused: '未删除：{sheets} 仍含有其数据，而这些工作表不由 Clientele 管理（恢复出的标签页或导入来源表），因此无法保证数据已被清除。请先自行删除这些行或标签页，然后再次删除。',
  },
});
