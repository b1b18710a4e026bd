import { featureMessages } from './featureMessages';

/** The note a new customer row gets when it is probably an earlier customer (typed, pasted, from a form or an import). */
export const duplicateEntryMessages = featureMessages({
  en: { entryProbablySame: 'Clientele: probably the same as {id}', entryRow: 'row {row}' },
  ru: { entryProbablySame: 'Clientele: вероятно, тот же клиент, что {id}', entryRow: 'строка {row}' },
  kk: { entryProbablySame: 'Clientele: {id} клиентімен бір адам болуы ықтимал', entryRow: '{row}-жол' },
  mn: { entryProbablySame: 'Clientele: {id}-тэй ижил харилцагч байх магадлалтай', entryRow: '{row}-р мөр' },
  fa: { entryProbablySame: 'Clientele: احتمالاً همان {id} است', entryRow: 'ردیف {row}' },
  zh: { entryProbablySame: 'Clientele：可能与 {id} 是同一客户', entryRow: '第 {row} 行' },
});
