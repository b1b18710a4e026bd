import { featureMessages } from './featureMessages';

/**
 * Why a CSV or XLSX file was not read, and what to do, in every language (the file readers throw
 * FileRefused with the key; the CLI tells it in --lang, after the file's name). Menu names of
 * Excel and Google Sheets are quoted as their English interfaces show them.
 */
export const fileReadingMessages = featureMessages({
  en: {
    fileNotUtf8: 'The file is not UTF-8 text (it may be saved in Windows-1251 or another older encoding). In Excel choose "Save As" > "CSV UTF-8"; in Google Sheets choose "File" > "Download" > "CSV"; then import that file.',
    fileWindows1251: 'The file is Windows-1251 (Cyrillic) text, not UTF-8, so its letters would be read wrongly. In Excel choose "Save As" > "CSV UTF-8"; in Google Sheets choose "File" > "Download" > "CSV"; then import that file.',
    fileNotText: 'The file holds NUL bytes, so it is not CSV text (it may be UTF-32 or not a CSV at all). Save it as "CSV UTF-8" and import that file.',
    fileCsvQuotes: 'CSV row {row}: a quoted field is not closed properly ({detail}). Check the quotes (") in that row.',
    fileNotXlsx: 'The file is not an XLSX workbook (it may be an old .xls file or a renamed CSV). Open it in Excel or Google Sheets, save or download it as .xlsx, and import that file.',
    fileZipTooBig: 'The workbook would unpack to {size}, more than Clientele reads ({max}; a Google spreadsheet holds at most 10 million cells); it may be a zip bomb. Open it in Excel or Google Sheets, keep the sheets you need, and save it again.',
    fileZipPartTooBig: 'The part “{part}” of the workbook unpacks to more than the {bytes, plural, one {# byte} other {# bytes}} it declares: the file is damaged or a zip bomb, and was not read.',
  },
  ru: {
    fileNotUtf8: 'Файл не в кодировке UTF-8 (возможно, он сохранён в Windows-1251 или другой старой кодировке). В Excel выберите «Сохранить как» > «CSV UTF-8»; в Google Таблицах — «Файл» > «Скачать» > «CSV»; затем импортируйте этот файл.',
    fileWindows1251: 'Файл в кодировке Windows-1251 (кириллица), а не UTF-8, и его буквы прочитались бы неверно. В Excel выберите «Сохранить как» > «CSV UTF-8»; в Google Таблицах — «Файл» > «Скачать» > «CSV»; затем импортируйте этот файл.',
    fileNotText: 'В файле есть нулевые байты, значит это не текст CSV (возможно, UTF-32 или вовсе не CSV). Сохраните его как «CSV UTF-8» и импортируйте этот файл.',
    fileCsvQuotes: 'Строка CSV {row}: поле в кавычках не закрыто как следует ({detail}). Проверьте кавычки (") в этой строке.',
    fileNotXlsx: 'Файл не является книгой XLSX (возможно, это старый файл .xls или переименованный CSV). Откройте его в Excel или Google Таблицах, сохраните или скачайте как .xlsx и импортируйте этот файл.',
    fileZipTooBig: 'Книга распаковалась бы в {size} — больше {max}, которые читает Clientele (в таблице Google не больше 10 миллионов ячеек); возможно, это zip-бомба. Откройте её в Excel или Google Таблицах, оставьте нужные листы и сохраните снова.',
    fileZipPartTooBig: 'Часть «{part}» книги распаковывается больше чем в заявленные {bytes, plural, one {# байт} few {# байта} many {# байт} other {# байта}}: файл повреждён или это zip-бомба, он не прочитан.',
  },
  kk: {
    fileNotUtf8: 'Файл UTF-8 мәтіні емес (Windows-1251 немесе басқа ескі кодтаумен сақталған болуы мүмкін). Excel-де «Басқаша сақтау» > «CSV UTF-8» таңдаңыз; Google Кестелерде «Файл» > «Жүктеп алу» > «CSV»; содан кейін сол файлды импорттаңыз.',
    fileWindows1251: 'Файл UTF-8 емес, Windows-1251 (кирилл) мәтіні, сондықтан әріптері қате оқылар еді. Excel-де «Басқаша сақтау» > «CSV UTF-8» таңдаңыз; Google Кестелерде «Файл» > «Жүктеп алу» > «CSV»; содан кейін сол файлды импорттаңыз.',
    fileNotText: 'Файлда нөлдік байттар бар, демек ол CSV мәтіні емес (UTF-32 немесе мүлде CSV емес болуы мүмкін). Оны «CSV UTF-8» ретінде сақтап, сол файлды импорттаңыз.',
    fileCsvQuotes: 'CSV {row}-жолы: тырнақшадағы өріс дұрыс жабылмаған ({detail}). Сол жолдағы тырнақшаларды (") тексеріңіз.',
    fileNotXlsx: 'Файл XLSX кітабы емес (ескі .xls файлы немесе атауы өзгертілген CSV болуы мүмкін). Оны Excel немесе Google Кестелерде ашып, .xlsx ретінде сақтаңыз не жүктеп алыңыз да, сол файлды импорттаңыз.',
    fileZipTooBig: 'Кітап ашылғанда {size} болар еді, бұл Clientele оқитын {max} көлемінен көп (Google кестесінде ең көбі 10 миллион ұяшық); бұл zip-бомба болуы мүмкін. Оны Excel немесе Google Кестелерде ашып, керек парақтарды қалдырып, қайта сақтаңыз.',
    fileZipPartTooBig: 'Кітаптың «{part}» бөлігі мәлімделген {bytes} байттан көпке ашылады: файл бүлінген немесе zip-бомба, ол оқылмады.',
  },
  mn: {
    fileNotUtf8: 'Файл UTF-8 текст биш байна (Windows-1251 эсвэл өөр хуучин кодчилолоор хадгалсан байж магадгүй). Excel-д «Save As» > «CSV UTF-8»-ийг, Google Sheets-д «File» > «Download» > «CSV»-г сонгоод тэр файлаа импортлоно уу.',
    fileWindows1251: 'Файл UTF-8 биш, Windows-1251 (кирилл) текст тул үсгүүд нь буруу уншигдана. Excel-д «Save As» > «CSV UTF-8»-ийг, Google Sheets-д «File» > «Download» > «CSV»-г сонгоод тэр файлаа импортлоно уу.',
    fileNotText: 'Файлд тэг байт байгаа тул CSV текст биш (UTF-32 эсвэл огт CSV биш байж магадгүй). Үүнийг «CSV UTF-8» болгон хадгалаад тэр файлаа импортлоно уу.',
    fileCsvQuotes: 'CSV-ийн {row}-р мөр: хашилттай талбар зөв хаагдаагүй ({detail}). Тэр мөрийн хашилтыг (") шалгана уу.',
    fileNotXlsx: 'Файл XLSX ном биш байна (хуучин .xls файл эсвэл нэрийг нь сольсон CSV байж магадгүй). Үүнийг Excel эсвэл Google Sheets-д нээж, .xlsx болгон хадгалах буюу татаж аваад тэр файлаа импортлоно уу.',
    fileZipTooBig: 'Ном задлахад {size} болох бөгөөд энэ нь Clientele-ийн уншдаг {max}-аас их (Google хүснэгт хамгийн ихдээ 10 сая нүдтэй); zip бөмбөг байж магадгүй. Үүнийг Excel эсвэл Google Sheets-д нээж, хэрэгтэй хуудсаа үлдээгээд дахин хадгална уу.',
    fileZipPartTooBig: 'Номын «{part}» хэсэг зарласан {bytes} байтаасаа их задарч байна: файл гэмтсэн эсвэл zip бөмбөг тул уншаагүй.',
  },
  fa: {
    fileNotUtf8: 'فایل متن UTF-8 نیست (شاید با Windows-1251 یا رمزگذاری قدیمی دیگری ذخیره شده باشد). در Excel گزینهٔ «Save As» > «CSV UTF-8» و در Google Sheets گزینهٔ «File» > «Download» > «CSV» را انتخاب کنید؛ سپس همان فایل را وارد کنید.',
    fileWindows1251: 'فایل متن Windows-1251 (سیریلیک) است نه UTF-8، پس حروفش نادرست خوانده می‌شد. در Excel گزینهٔ «Save As» > «CSV UTF-8» و در Google Sheets گزینهٔ «File» > «Download» > «CSV» را انتخاب کنید؛ سپس همان فایل را وارد کنید.',
    fileNotText: 'فایل بایت‌های صفر دارد، پس متن CSV نیست (شاید UTF-32 باشد یا اصلاً CSV نباشد). آن را به‌صورت «CSV UTF-8» ذخیره و همان فایل را وارد کنید.',
    fileCsvQuotes: 'ردیف {row} فایل CSV: فیلدی که در گیومه است درست بسته نشده ({detail}). گیومه‌های (") آن ردیف را بررسی کنید.',
    fileNotXlsx: 'فایل کتاب کار XLSX نیست (شاید فایل قدیمی ‎.xls یا CSV تغییرنام‌یافته باشد). آن را در Excel یا Google Sheets باز کنید، به‌صورت ‎.xlsx ذخیره یا دانلود کنید و همان فایل را وارد کنید.',
    fileZipTooBig: 'کتاب کار پس از باز شدن {size} می‌شد، بیشتر از {max} که Clientele می‌خواند (صفحه‌گستردهٔ Google حداکثر ۱۰ میلیون خانه دارد)؛ شاید بمب zip باشد. آن را در Excel یا Google Sheets باز کنید، برگه‌های لازم را نگه دارید و دوباره ذخیره کنید.',
    fileZipPartTooBig: 'بخش «{part}» کتاب کار بیشتر از {bytes} بایتی که اعلام کرده باز می‌شود: فایل خراب است یا بمب zip، و خوانده نشد.',
  },
  zh: {
    fileNotUtf8: '该文件不是 UTF-8 文本（可能以 Windows-1251 或其他旧编码保存）。在 Excel 中选择“另存为”>“CSV UTF-8”；在 Google 表格中选择“文件”>“下载”>“CSV”；然后导入该文件。',
    fileWindows1251: '该文件是 Windows-1251（西里尔文）文本而不是 UTF-8，其字母会被读错。在 Excel 中选择“另存为”>“CSV UTF-8”；在 Google 表格中选择“文件”>“下载”>“CSV”；然后导入该文件。',
    fileNotText: '该文件含有 NUL 字节，因此不是 CSV 文本（可能是 UTF-32，或根本不是 CSV）。请另存为“CSV UTF-8”并导入该文件。',
    fileCsvQuotes: 'CSV 第 {row} 行：带引号的字段没有正确闭合（{detail}）。请检查该行中的引号（"）。',
    fileNotXlsx: '该文件不是 XLSX 工作簿（可能是旧的 .xls 文件或改了名的 CSV）。请在 Excel 或 Google 表格中打开，另存为或下载为 .xlsx，然后导入该文件。',
    fileZipTooBig: '该工作簿解压后将达 {size}，超过 Clientele 读取的上限 {max}（Google 电子表格最多 1000 万个单元格）；它可能是 zip 炸弹。请在 Excel 或 Google 表格中打开，只保留需要的工作表后重新保存。',
    fileZipPartTooBig: '工作簿的部分“{part}”解压后超过其声明的 {bytes} 字节：文件已损坏或是 zip 炸弹，未被读取。',
  },
});
