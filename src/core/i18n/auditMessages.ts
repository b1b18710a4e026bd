import { featureMessages } from './featureMessages';

/** The Audit log sheet, audited editing (edit stamping and its notes) and the protection setting. */
export const auditMessages = featureMessages({
  en: {
    auditHeaders: 'Time|User|Action|Customer IDs|Rows|Fields|Cells|Detail|Check',
    auditNoteInvalidEmail: 'Not a valid email address; kept as typed.',
    auditNoteEmailSuggestion: 'Did you mean {suggestion}?',
    auditNoteInvalidPhone: 'Not a phone number Clientele can read; kept as typed.',
    auditNotePhoneFormat: 'Cleaning would write this phone as {phone}; kept as typed.',
  },
  ru: {
    auditHeaders: 'Время|Пользователь|Действие|ID клиентов|Строки|Поля|Ячейки|Подробности|Проверка',
    auditNoteInvalidEmail: 'Неверный адрес электронной почты; оставлен как введён.',
    auditNoteEmailSuggestion: 'Возможно, имелось в виду {suggestion}?',
    auditNoteInvalidPhone: 'Clientele не может прочитать этот номер телефона; оставлен как введён.',
    auditNotePhoneFormat: 'Очистка запишет этот телефон как {phone}; оставлен как введён.',
  },
  kk: {
    auditHeaders: 'Уақыты|Пайдаланушы|Әрекет|Клиент ID|Жолдар|Өрістер|Ұяшықтар|Толығырақ|Тексеру',
    auditNoteInvalidEmail: 'Электрондық пошта мекенжайы дұрыс емес; енгізілгендей қалды.',
    auditNoteEmailSuggestion: '{suggestion} деп айтқыңыз келді ме?',
    auditNoteInvalidPhone: 'Clientele бұл телефон нөмірін оқи алмайды; енгізілгендей қалды.',
    auditNotePhoneFormat: 'Тазалау бұл телефонды {phone} деп жазады; енгізілгендей қалды.',
  },
  mn: {
    auditHeaders: 'Цаг|Хэрэглэгч|Үйлдэл|Харилцагчийн ID|Мөрүүд|Талбарууд|Нүднүүд|Дэлгэрэнгүй|Шалгалт',
    auditNoteInvalidEmail: 'Имэйл хаяг буруу; бичсэнээрээ үлдээв.',
    auditNoteEmailSuggestion: 'Та {suggestion} гэж хэлэх гэсэн үү?',
    auditNoteInvalidPhone: 'Clientele энэ утасны дугаарыг уншиж чадахгүй; бичсэнээрээ үлдээв.',
    auditNotePhoneFormat: 'Цэвэрлэгээ энэ утсыг {phone} гэж бичнэ; бичсэнээрээ үлдээв.',
  },
  fa: {
    auditHeaders: 'زمان|کاربر|اقدام|شناسه مشتریان|ردیف‌ها|فیلدها|خانه‌ها|جزئیات|بررسی',
    auditNoteInvalidEmail: 'نشانی ایمیل معتبر نیست؛ همان‌طور که نوشته شده ماند.',
    auditNoteEmailSuggestion: 'آیا منظورتان {suggestion} بود؟',
    auditNoteInvalidPhone: 'Clientele نمی‌تواند این شماره تلفن را بخواند؛ همان‌طور که نوشته شده ماند.',
    auditNotePhoneFormat: 'پاک‌سازی این تلفن را به صورت {phone} می‌نویسد؛ همان‌طور که نوشته شده ماند.',
  },
  zh: {
    auditHeaders: '时间|用户|操作|客户 ID|行|字段|单元格数|详情|校验',
    auditNoteInvalidEmail: '电子邮件地址无效；已按输入保留。',
    auditNoteEmailSuggestion: '您是想输入 {suggestion} 吗？',
    auditNoteInvalidPhone: 'Clientele 无法识别此电话号码；已按输入保留。',
    auditNotePhoneFormat: '清理会将此电话写为 {phone}；已按输入保留。',
  },
});
