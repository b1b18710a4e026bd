import { featureMessages } from './featureMessages';

/**
 * An order form answer edited in Forms whose Purchases row is no longer as the answer wrote it
 * (changed by hand, deleted, or two rows alike): the note Clientele leaves on the answer's row of
 * the responses sheet, since it changes no purchase it cannot be sure of.
 */
export const orderEditMessages = featureMessages({
  en: {
    orderEditNotFollowed: 'Clientele: this answer was edited in Forms, but its row on the Purchases sheet is no longer as the answer wrote it (changed by hand or deleted), so no purchase was changed. Make the change on the Purchases sheet.',
  },
  ru: {
    orderEditNotFollowed: 'Clientele: этот ответ изменили в Формах, но его строка на листе покупок уже не такая, какой её записал ответ (изменена вручную или удалена), поэтому ни одна покупка не изменена. Внесите изменение на листе покупок.',
  },
  kk: {
    orderEditNotFollowed: 'Clientele: бұл жауап Формаларда өзгертілді, бірақ оның сатып алулар парағындағы жолы жауап жазғандай емес (қолмен өзгертілген немесе жойылған), сондықтан ешбір сатып алу өзгертілмеді. Өзгерісті сатып алулар парағына енгізіңіз.',
  },
  mn: {
    orderEditNotFollowed: 'Clientele: энэ хариултыг Forms-д зассан боловч худалдан авалтын хуудсан дахь мөр нь хариултын бичсэнээр байхаа больсон (гараар өөрчилсөн эсвэл устгасан) тул ямар ч худалдан авалтыг өөрчлөөгүй. Өөрчлөлтийг худалдан авалтын хуудсанд оруулна уу.',
  },
  fa: {
    orderEditNotFollowed: 'Clientele: این پاسخ در Forms ویرایش شد، اما ردیف آن در برگهٔ خریدها دیگر همانی نیست که پاسخ نوشته بود (دستی تغییر کرده یا حذف شده)، پس هیچ خریدی تغییر نکرد. تغییر را در برگهٔ خریدها وارد کنید.',
  },
  zh: {
    orderEditNotFollowed: 'Clientele：此回复已在 Forms 中修改，但它在购买记录表中的那一行已不是回复写入时的样子（被手动修改或删除），因此没有修改任何购买记录。请在购买记录表中手动修改。',
  },
});
