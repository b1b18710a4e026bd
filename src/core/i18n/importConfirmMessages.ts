import { featureMessages } from './featureMessages';

/** The import panel asks before Import writes rows: how many, then what the preview says will happen to them. */
export const importConfirmMessages = featureMessages({
  en: {
    importConfirm: '{count, plural, one {Import # row?} other {Import # rows?}} {summary}',
  },
  ru: {
    importConfirm: '{count, plural, one {Импортировать # строку?} few {Импортировать # строки?} many {Импортировать # строк?} other {Импортировать # строки?}} {summary}',
  },
  kk: {
    importConfirm: '{count, plural, one {# жолды импорттау керек пе?} other {# жолды импорттау керек пе?}} {summary}',
  },
  mn: {
    importConfirm: '{count, plural, one {# мөрийг импортлох уу?} other {# мөрийг импортлох уу?}} {summary}',
  },
  fa: {
    importConfirm: '{count, plural, one {# ردیف وارد شود؟} other {# ردیف وارد شود؟}} {summary}',
  },
  zh: {
    importConfirm: '{count, plural, other {导入 # 行？}}{summary}',
  },
});
