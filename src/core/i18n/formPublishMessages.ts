import { featureMessages } from './featureMessages';

/**
 * Forms created or linked unpublished take no responses (Google Forms since 30 June 2026):
 * what the user is told, and how to publish (the form editor's Publish button).
 */
export const formPublishMessages = featureMessages({
  en: {
    formLinkedNotPublished: 'Linked the form “{title}”, but it is not published, so it takes no responses yet. Open it for editing ({url}) and press Publish; its responses will then come to this spreadsheet.',
    formNotPublished: 'This form is not published, so it takes no responses. Open it for editing ({url}) and press Publish.',
  },
  ru: {
    formLinkedNotPublished: 'Форма «{title}» подключена, но не опубликована, поэтому пока не принимает ответы. Откройте её для редактирования ({url}) и нажмите «Опубликовать» — тогда ответы начнут приходить в эту таблицу.',
    formNotPublished: 'Эта форма не опубликована и не принимает ответы. Откройте её для редактирования ({url}) и нажмите «Опубликовать».',
  },
  kk: {
    formLinkedNotPublished: '«{title}» формасы қосылды, бірақ ол жарияланбаған, сондықтан әзірге жауап қабылдамайды. Оны өңдеуге ашып ({url}), «Жариялау» түймесін басыңыз — содан кейін оның жауаптары осы кестеге келеді.',
    formNotPublished: 'Бұл форма жарияланбаған, сондықтан жауап қабылдамайды. Оны өңдеуге ашып ({url}), «Жариялау» түймесін басыңыз.',
  },
  mn: {
    formLinkedNotPublished: '«{title}» маягтыг холболоо, гэхдээ нийтлэгдээгүй тул одоогоор хариулт авахгүй. Үүнийг засварлахаар нээгээд ({url}) «Нийтлэх» товчийг дарна уу; тэгвэл түүний хариултууд энэ хүснэгтэд ирнэ.',
    formNotPublished: 'Энэ маягт нийтлэгдээгүй тул хариулт авахгүй. Үүнийг засварлахаар нээгээд ({url}) «Нийтлэх» товчийг дарна уу.',
  },
  fa: {
    formLinkedNotPublished: 'فرم «{title}» وصل شد، اما منتشر نشده است و هنوز پاسخی نمی‌پذیرد. آن را برای ویرایش باز کنید ({url}) و «انتشار» را بزنید؛ آن‌گاه پاسخ‌هایش به این صفحه‌گسترده می‌آیند.',
    formNotPublished: 'این فرم منتشر نشده است و پاسخی نمی‌پذیرد. آن را برای ویرایش باز کنید ({url}) و «انتشار» را بزنید.',
  },
  zh: {
    formLinkedNotPublished: '已连接表单“{title}”，但它尚未发布，因此还不接受回复。请打开它进行编辑（{url}）并点击“发布”，之后它的回复会进入此电子表格。',
    formNotPublished: '此表单尚未发布，因此不接受回复。请打开它进行编辑（{url}）并点击“发布”。',
  },
});
