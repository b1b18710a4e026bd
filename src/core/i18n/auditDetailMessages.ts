import { featureMessages } from './featureMessages';

/** The Audit log's Detail cell for actions that count what they did, in the user's language. */
export const auditDetailMessages = featureMessages({
  en: {
    auditDetailGroups: '{count, plural, one {# group} other {# groups}}',
    auditDetailPurchases: '{count, plural, one {# purchase} other {# purchases}}',
    auditDetailDiscarded: '{count, plural, one {# row} other {# rows}} discarded from quarantine',
  },
  ru: {
    auditDetailGroups: '{count, plural, one {# группа} few {# группы} many {# групп} other {# группы}}',
    auditDetailPurchases: '{count, plural, one {# покупка} few {# покупки} many {# покупок} other {# покупки}}',
    auditDetailDiscarded: 'из карантина отброшено: {count, plural, one {# строка} few {# строки} many {# строк} other {# строки}}',
  },
  kk: {
    auditDetailGroups: '{count, plural, one {# топ} other {# топ}}',
    auditDetailPurchases: '{count, plural, one {# сатып алу} other {# сатып алу}}',
    auditDetailDiscarded: 'карантиннен алынып тасталды: {count, plural, one {# жол} other {# жол}}',
  },
  mn: {
    auditDetailGroups: '{count, plural, one {# бүлэг} other {# бүлэг}}',
    auditDetailPurchases: '{count, plural, one {# худалдан авалт} other {# худалдан авалт}}',
    auditDetailDiscarded: 'хорионоос хассан: {count, plural, one {# мөр} other {# мөр}}',
  },
  fa: {
    auditDetailGroups: '{count, plural, one {# گروه} other {# گروه}}',
    auditDetailPurchases: '{count, plural, one {# خرید} other {# خرید}}',
    auditDetailDiscarded: '{count, plural, one {# ردیف} other {# ردیف}} از قرنطینه کنار گذاشته شد',
  },
  zh: {
    auditDetailGroups: '{count, plural, other {# 组}}',
    auditDetailPurchases: '{count, plural, other {# 笔购买}}',
    auditDetailDiscarded: '已从隔离区舍弃 {count, plural, other {# 行}}',
  },
});
