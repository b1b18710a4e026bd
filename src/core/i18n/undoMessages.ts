import { featureMessages } from './featureMessages';

/** Undo: what it left as it was, and why (the sheet changed since the action). */
export const undoMessages = featureMessages({
  en: {
    undoChangedSince: 'Left as they are, because they changed since: {cells}.',
    undoMissingRows: 'No longer on the sheet, so not restored: {rows}.',
    undoAlreadyThere: 'On the sheet again, so not put back (they stay on the sheet “{sheet}”): {rows}.',
    undoNotPutBack: 'Their columns are no longer on the sheet, so not put back (they stay on the sheet “{sheet}”): {rows}.',
    undoRowNumber: 'row {row}',
    undoMore: '{count} more',
  },
  ru: {
    undoChangedSince: 'Оставлены как есть, потому что с тех пор изменены: {cells}.',
    undoMissingRows: 'Больше нет на листе, поэтому не восстановлены: {rows}.',
    undoAlreadyThere: 'Снова есть на листе, поэтому не возвращены (остаются на листе «{sheet}»): {rows}.',
    undoNotPutBack: 'Их столбцов больше нет на листе, поэтому не возвращены (остаются на листе «{sheet}»): {rows}.',
    undoRowNumber: 'строка {row}',
    undoMore: 'ещё {count}',
  },
  kk: {
    undoChangedSince: 'Содан бері өзгертілгендіктен, сол күйінде қалдырылды: {cells}.',
    undoMissingRows: 'Парақта енді жоқ, сондықтан қалпына келтірілмеді: {rows}.',
    undoAlreadyThere: 'Парақта қайтадан бар, сондықтан қайтарылмады («{sheet}» парағында қалады): {rows}.',
    undoNotPutBack: 'Олардың бағандары парақта енді жоқ, сондықтан қайтарылмады («{sheet}» парағында қалады): {rows}.',
    undoRowNumber: '{row}-жол',
    undoMore: 'тағы {count}',
  },
  mn: {
    undoChangedSince: 'Тэр цагаас хойш өөрчлөгдсөн тул хэвээр нь үлдээлээ: {cells}.',
    undoMissingRows: 'Хуудсанд байхгүй болсон тул сэргээсэнгүй: {rows}.',
    undoAlreadyThere: 'Хуудсанд дахин байгаа тул буцааж оруулсангүй («{sheet}» хуудсанд үлдэнэ): {rows}.',
    undoNotPutBack: 'Тэдгээрийн баганууд хуудсанд байхгүй болсон тул буцааж оруулсангүй («{sheet}» хуудсанд үлдэнэ): {rows}.',
    undoRowNumber: '{row}-р мөр',
    undoMore: 'бас {count}',
  },
  fa: {
    undoChangedSince: 'از آن زمان تغییر کرده‌اند، پس همان‌طور ماندند: {cells}.',
    undoMissingRows: 'دیگر در برگه نیستند، پس بازگردانده نشدند: {rows}.',
    undoAlreadyThere: 'دوباره در برگه هستند، پس برگردانده نشدند (در برگهٔ «{sheet}» می‌مانند): {rows}.',
    undoNotPutBack: 'ستون‌هایشان دیگر در برگه نیست، پس برگردانده نشدند (در برگهٔ «{sheet}» می‌مانند): {rows}.',
    undoRowNumber: 'ردیف {row}',
    undoMore: '{count} مورد دیگر',
  },
  zh: {
    undoChangedSince: '以下单元格此后已被修改，保持原样：{cells}。',
    undoMissingRows: '以下行已不在工作表中，未恢复：{rows}。',
    undoAlreadyThere: '以下行已重新出现在工作表中，未放回（仍在“{sheet}”工作表中）：{rows}。',
    undoNotPutBack: '以下行的列已不在工作表中，未放回（仍在“{sheet}”工作表中）：{rows}。',
    undoRowNumber: '第 {row} 行',
    undoMore: '另有 {count} 个',
  },
});
