import { featureMessages } from './featureMessages';

/** The duplicates panel's preview of the record a merge makes, and groups only a reviewer merges. */
export const mergePreviewMessages = featureMessages({
  en: {
    mergePreviewHeading: 'After Merge',
    mergePreviewRecounted: 'Purchase totals are recalculated from the Purchases sheet.',
    mergeHeldBack: 'Two of these rows look like family members: Merge all leaves this group for you to decide.',
  },
  ru: {
    mergePreviewHeading: 'После объединения',
    mergePreviewRecounted: 'Итоги покупок пересчитываются по листу «Покупки».',
    mergeHeldBack: 'Две строки похожи на членов одной семьи: «Объединить все» оставляет эту группу на ваше решение.',
  },
  kk: {
    mergePreviewHeading: 'Біріктіргеннен кейін',
    mergePreviewRecounted: 'Сатып алу қорытындылары «Сатып алулар» парағы бойынша қайта есептеледі.',
    mergeHeldBack: 'Екі жол бір отбасы мүшелеріне ұқсайды: «Барлығын біріктіру» бұл топты сіздің шешіміңізге қалдырады.',
  },
  mn: {
    mergePreviewHeading: 'Нэгтгэсний дараа',
    mergePreviewRecounted: 'Худалдан авалтын дүнг «Худалдан авалт» хуудаснаас дахин тооцно.',
    mergeHeldBack: 'Хоёр мөр нэг гэр бүлийн гишүүд шиг байна: «Бүгдийг нэгтгэх» энэ бүлгийг таны шийдвэрт үлдээнэ.',
  },
  fa: {
    mergePreviewHeading: 'پس از ادغام',
    mergePreviewRecounted: 'جمع خریدها از برگهٔ «خریدها» دوباره حساب می‌شود.',
    mergeHeldBack: 'دو ردیف از این گروه شبیه اعضای یک خانواده‌اند: «ادغام همه» تصمیم این گروه را به شما می‌سپارد.',
  },
  zh: {
    mergePreviewHeading: '合并后',
    mergePreviewRecounted: '购买汇总将根据“购买记录”表重新计算。',
    mergeHeldBack: '其中两行像是同一家庭的成员：“全部合并”会把这一组留给您决定。',
  },
});
