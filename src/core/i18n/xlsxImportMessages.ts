import { featureMessages } from './featureMessages';

/**
 * The sidebar's XLSX reading (src/core/xlsx/): which sheet of a workbook to import, and why a file
 * is not read (a file that is no XLSX at all says fileReadingMessages' fileNotXlsx). Menu names
 * of Excel and Google Sheets are quoted as their English interfaces show them, as there.
 */
export const xlsxImportMessages = featureMessages({
  en: {
    xlsxSheetChoice: 'Sheet of the workbook',
    xlsxOldXls: 'This is an old Excel workbook (.xls), which Clientele does not read. Open it in Excel and choose "Save As" > "Excel Workbook (.xlsx)" or "CSV UTF-8", or open it in Google Sheets and choose "File" > "Download" > "Microsoft Excel (.xlsx)"; then import that file.',
    xlsxEncrypted: 'The workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password ("File" > "Info" > "Protect Workbook" > "Encrypt with Password", then clear it), save it, and import it again.',
    xlsxTooLargeForSidebar: 'The sheet “{sheet}” holds more than {cells, plural, one {# cell} other {# cells}}, more than the sidebar imports at once. Split it into smaller files, or import it with the command line (npx clientele import), which reads larger files.',
    xlsxNoSheet: 'The workbook has no worksheet with cells to import (only charts, or nothing). Open it in Excel or Google Sheets and check that it holds your table.',
  },
  ru: {
    xlsxSheetChoice: 'Лист книги',
    xlsxOldXls: 'Это старая книга Excel (.xls), Clientele такие не читает. Откройте её в Excel и выберите «Сохранить как» > «Книга Excel (.xlsx)» или «CSV UTF-8», либо откройте в Google Таблицах и выберите «Файл» > «Скачать» > «Microsoft Excel (.xlsx)»; затем импортируйте этот файл.',
    xlsxEncrypted: 'Книга защищена паролем, поэтому её нельзя прочитать. Откройте её в Excel, снимите пароль («Файл» > «Сведения» > «Защита книги» > «Зашифровать с использованием пароля», затем очистите поле), сохраните и импортируйте снова.',
    xlsxTooLargeForSidebar: 'На листе «{sheet}» больше {cells, plural, one {# ячейки} few {# ячеек} many {# ячеек} other {# ячейки}} — больше, чем боковая панель импортирует за раз. Разделите его на файлы поменьше или импортируйте из командной строки (npx clientele import), она читает файлы больше.',
    xlsxNoSheet: 'В книге нет листа с ячейками для импорта (только диаграммы или ничего). Откройте её в Excel или Google Таблицах и проверьте, что в ней ваша таблица.',
  },
  kk: {
    xlsxSheetChoice: 'Кітаптың парағы',
    xlsxOldXls: 'Бұл ескі Excel кітабы (.xls), Clientele оны оқымайды. Оны Excel-де ашып, «Басқаша сақтау» > «Excel кітабы (.xlsx)» немесе «CSV UTF-8» таңдаңыз, не Google Кестелерде ашып, «Файл» > «Жүктеп алу» > «Microsoft Excel (.xlsx)» таңдаңыз; содан кейін сол файлды импорттаңыз.',
    xlsxEncrypted: 'Кітап құпиясөзбен қорғалған, сондықтан оны оқу мүмкін емес. Оны Excel-де ашып, құпиясөзді алып тастаңыз («Файл» > «Мәліметтер» > «Кітапты қорғау» > «Құпиясөзбен шифрлау», содан кейін өрісті тазалаңыз), сақтап, қайта импорттаңыз.',
    xlsxTooLargeForSidebar: '«{sheet}» парағында {cells} ұяшықтан көп бар, бүйірлік панель бір рет импорттайтыннан көп. Оны кішірек файлдарға бөліңіз немесе үлкенірек файлдарды оқитын пәрмен жолымен (npx clientele import) импорттаңыз.',
    xlsxNoSheet: 'Кітапта импорттайтын ұяшықтары бар парақ жоқ (тек диаграммалар немесе ештеңе). Оны Excel немесе Google Кестелерде ашып, кестеңіз бар екенін тексеріңіз.',
  },
  mn: {
    xlsxSheetChoice: 'Номын хуудас',
    xlsxOldXls: 'Энэ бол хуучин Excel ном (.xls) бөгөөд Clientele үүнийг уншдаггүй. Үүнийг Excel-д нээгээд «Save As» > «Excel Workbook (.xlsx)» эсвэл «CSV UTF-8»-ийг сонгох, эсвэл Google Sheets-д нээгээд «File» > «Download» > «Microsoft Excel (.xlsx)»-ийг сонгоно уу; дараа нь тэр файлыг импортлоно уу.',
    xlsxEncrypted: 'Ном нууц үгээр хамгаалагдсан тул уншиж чадахгүй. Үүнийг Excel-д нээж, нууц үгийг авна уу («File» > «Info» > «Protect Workbook» > «Encrypt with Password», дараа нь талбарыг цэвэрлэнэ), хадгалаад дахин импортлоно уу.',
    xlsxTooLargeForSidebar: '«{sheet}» хуудсанд {cells} нүднээс олон байна: хажуугийн самбар нэг удаа импортлохоос их байна. Үүнийг жижиг файлуудад хуваах, эсвэл илүү том файл уншдаг тушаалын мөрөөр (npx clientele import) импортлоно уу.',
    xlsxNoSheet: 'Номд импортлох нүдтэй хуудас алга (зөвхөн диаграм, эсвэл юу ч үгүй). Үүнийг Excel эсвэл Google Sheets-д нээж, таны хүснэгт байгаа эсэхийг шалгана уу.',
  },
  fa: {
    xlsxSheetChoice: 'برگهٔ کارپوشه',
    xlsxOldXls: 'این یک کارپوشهٔ قدیمی اکسل (.xls) است که Clientele آن را نمی‌خواند. آن را در اکسل باز کنید و «Save As» > «Excel Workbook (.xlsx)» یا «CSV UTF-8» را برگزینید، یا در Google Sheets باز کنید و «File» > «Download» > «Microsoft Excel (.xlsx)» را برگزینید؛ سپس همان پرونده را وارد کنید.',
    xlsxEncrypted: 'این کارپوشه با گذرواژه محافظت شده است، پس خوانده نمی‌شود. آن را در اکسل باز کنید، گذرواژه را بردارید («File» > «Info» > «Protect Workbook» > «Encrypt with Password» و سپس خالی کردن آن)، ذخیره کنید و دوباره وارد کنید.',
    xlsxTooLargeForSidebar: 'برگهٔ «{sheet}» بیش از {cells, plural, one {# خانه} other {# خانه}} دارد، بیش از آنچه نوار کناری یک‌جا وارد می‌کند. آن را به پرونده‌های کوچک‌تر بخش کنید یا با خط فرمان (npx clientele import) وارد کنید که پرونده‌های بزرگ‌تر را می‌خواند.',
    xlsxNoSheet: 'این کارپوشه برگه‌ای با خانه‌هایی برای وارد کردن ندارد (فقط نمودار، یا هیچ). آن را در اکسل یا Google Sheets باز کنید و ببینید جدول شما در آن هست.',
  },
  zh: {
    xlsxSheetChoice: '工作簿中的工作表',
    xlsxOldXls: '这是旧版 Excel 工作簿（.xls），Clientele 不读取。请在 Excel 中打开并选择“Save As” > “Excel Workbook (.xlsx)”或“CSV UTF-8”，或在 Google 表格中打开并选择“File” > “Download” > “Microsoft Excel (.xlsx)”，然后导入该文件。',
    xlsxEncrypted: '该工作簿设有密码保护，无法读取。请在 Excel 中打开，取消密码（“File” > “Info” > “Protect Workbook” > “Encrypt with Password”，然后清空），保存后重新导入。',
    xlsxTooLargeForSidebar: '工作表“{sheet}”超过 {cells} 个单元格，超出侧边栏一次导入的上限。请拆分为较小的文件，或用命令行（npx clientele import）导入，它可读取更大的文件。',
    xlsxNoSheet: '该工作簿没有可导入单元格的工作表（只有图表，或为空）。请在 Excel 或 Google 表格中打开，确认其中有您的表格。',
  },
});
