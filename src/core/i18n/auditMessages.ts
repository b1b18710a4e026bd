import { featureMessages } from './featureMessages';

/** The Audit log sheet, audited editing (edit stamping and its notes) and the protection setting. */
export const auditMessages = featureMessages({
  en: {
    auditHeaders: 'Time|User|Action|Customer IDs|Rows|Fields|Cells|Detail|Check',
  },
  ru: {
    auditHeaders: 'Время|Пользователь|Действие|ID клиентов|Строки|Поля|Ячейки|Подробности|Проверка',
  },
  kk: {
    auditHeaders: 'Уақыты|Пайдаланушы|Әрекет|Клиент ID|Жолдар|Өрістер|Ұяшықтар|Толығырақ|Тексеру',
  },
  mn: {
    auditHeaders: 'Цаг|Хэрэглэгч|Үйлдэл|Харилцагчийн ID|Мөрүүд|Талбарууд|Нүднүүд|Дэлгэрэнгүй|Шалгалт',
  },
  fa: {
    auditHeaders: 'زمان|کاربر|اقدام|شناسه مشتریان|ردیف‌ها|فیلدها|خانه‌ها|جزئیات|بررسی',
  },
  zh: {
    auditHeaders: '时间|用户|操作|客户 ID|行|字段|单元格数|详情|校验',
  },
});
