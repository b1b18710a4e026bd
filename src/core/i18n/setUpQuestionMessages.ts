import { featureMessages } from './featureMessages';

/** Set-up's question while no default country is set: the country phone numbers belong to, and the language. */
export const setUpQuestionMessages = featureMessages({
  en: {
    setUpQuestionHeading: 'Country and language',
    setUpQuestionIntro: 'Phone numbers written without a country code, such as 8 701 729 1870, are read as numbers of this country. A row whose Country column names a country uses that one.',
    setUpQuestionCountry: 'Default country',
    setUpQuestionChoose: 'Choose a country',
    setUpQuestionSuggested: 'Suggested from the phone numbers in your sheet and the spreadsheet’s locale.',
    setUpQuestionLater: 'You can change both later in Settings.',
  },
  ru: {
    setUpQuestionHeading: 'Страна и язык',
    setUpQuestionIntro: 'Номера телефонов без кода страны, например 8 701 729 1870, читаются как номера этой страны. Если в столбце «Страна» строки указана страна, используется она.',
    setUpQuestionCountry: 'Страна по умолчанию',
    setUpQuestionChoose: 'Выберите страну',
    setUpQuestionSuggested: 'Предложено по номерам телефонов в вашем листе и региональным настройкам таблицы.',
    setUpQuestionLater: 'И то и другое можно позже изменить в разделе «Настройки».',
  },
  kk: {
    setUpQuestionHeading: 'Ел және тіл',
    setUpQuestionIntro: 'Ел коды жоқ жазылған телефон нөмірлері, мысалы 8 701 729 1870, осы елдің нөмірлері ретінде оқылады. Жолдың «Ел» бағанында ел көрсетілсе, сол қолданылады.',
    setUpQuestionCountry: 'Әдепкі ел',
    setUpQuestionChoose: 'Елді таңдаңыз',
    setUpQuestionSuggested: 'Парағыңыздағы телефон нөмірлері мен кестенің аймақтық параметрлері бойынша ұсынылды.',
    setUpQuestionLater: 'Екеуін де кейін «Баптаулар» бөлімінде өзгертуге болады.',
  },
  mn: {
    setUpQuestionHeading: 'Улс ба хэл',
    setUpQuestionIntro: 'Улсын кодгүй бичсэн утасны дугаарыг, жишээ нь 8 701 729 1870, энэ улсын дугаар гэж уншина. Мөрийн «Улс» баганад улс заасан бол түүнийг хэрэглэнэ.',
    setUpQuestionCountry: 'Өгөгдмөл улс',
    setUpQuestionChoose: 'Улсаа сонгоно уу',
    setUpQuestionSuggested: 'Таны хуудасны утасны дугаарууд болон хүснэгтийн бүс нутгийн тохиргооноос санал болгосон.',
    setUpQuestionLater: 'Хоёуланг нь дараа нь «Тохиргоо» хэсэгт өөрчилж болно.',
  },
  // The example number is isolated left to right (U+2066 … U+2069), or its groups read in reverse order.
  fa: {
    setUpQuestionHeading: 'کشور و زبان',
    setUpQuestionIntro: 'شماره‌تلفن‌هایی که بدون کد کشور نوشته شده‌اند، مانند \u20668 701 729 1870\u2069، شمارهٔ این کشور خوانده می‌شوند. ردیفی که ستون «کشور» آن کشوری را نام می‌برد، همان را به کار می‌برد.',
    setUpQuestionCountry: 'کشور پیش‌فرض',
    setUpQuestionChoose: 'یک کشور انتخاب کنید',
    setUpQuestionSuggested: 'بر اساس شماره‌تلفن‌های برگهٔ شما و تنظیمات منطقه‌ای صفحه‌گسترده پیشنهاد شده است.',
    setUpQuestionLater: 'هر دو را بعداً در تنظیمات می‌توانید تغییر دهید.',
  },
  zh: {
    setUpQuestionHeading: '国家/地区和语言',
    setUpQuestionIntro: '未写国家/地区代码的电话号码(例如 8 701 729 1870)将按此国家/地区的号码读取。某行的“国家/地区”列写明了国家/地区时,使用该行的。',
    setUpQuestionCountry: '默认国家/地区',
    setUpQuestionChoose: '请选择国家/地区',
    setUpQuestionSuggested: '根据您表格中的电话号码和电子表格的语言区域建议。',
    setUpQuestionLater: '两者都可以稍后在“设置”中更改。',
  },
});
