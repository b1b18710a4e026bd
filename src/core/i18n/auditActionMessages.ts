import { featureMessages } from './featureMessages';

/**
 * What each action code of the Audit log means, as the audit panel and the customer card show it.
 * The sheet keeps the codes (its checks chain over them, and undo and the card read them).
 */
export const auditActionMessages = featureMessages({
  en: {
    auditActionEdit: 'Edit in the sheet', auditActionClean: 'Cleaning', auditActionMerge: 'Merge', auditActionUndo: 'Undo',
    auditActionCapture: 'Form answer', auditActionImport: 'Import', auditActionRestore: 'Restore from backup', auditActionErase: 'Erasure',
    auditActionExport: 'Data export', auditActionInteraction: 'Interaction', auditActionMessage: 'Message to customer', auditActionPredict: 'Predictions',
    auditActionPurchase: 'Purchase', auditActionRecalculate: 'Totals recalculated',
  },
  ru: {
    auditActionEdit: 'Правка в таблице', auditActionClean: 'Очистка', auditActionMerge: 'Объединение', auditActionUndo: 'Отмена',
    auditActionCapture: 'Ответ формы', auditActionImport: 'Импорт', auditActionRestore: 'Восстановление из копии', auditActionErase: 'Удаление данных',
    auditActionExport: 'Выгрузка данных', auditActionInteraction: 'Взаимодействие', auditActionMessage: 'Сообщение клиенту', auditActionPredict: 'Прогнозы',
    auditActionPurchase: 'Покупка', auditActionRecalculate: 'Пересчёт итогов',
  },
  kk: {
    auditActionEdit: 'Кестедегі түзету', auditActionClean: 'Тазалау', auditActionMerge: 'Біріктіру', auditActionUndo: 'Болдырмау',
    auditActionCapture: 'Форма жауабы', auditActionImport: 'Импорт', auditActionRestore: 'Көшірмеден қалпына келтіру', auditActionErase: 'Деректерді жою',
    auditActionExport: 'Деректерді шығару', auditActionInteraction: 'Өзара әрекет', auditActionMessage: 'Клиентке хабарлама', auditActionPredict: 'Болжамдар',
    auditActionPurchase: 'Сатып алу', auditActionRecalculate: 'Қорытындыларды қайта есептеу',
  },
  mn: {
    auditActionEdit: 'Хүснэгтэд зассан', auditActionClean: 'Цэвэрлэгээ', auditActionMerge: 'Нэгтгэл', auditActionUndo: 'Буцаалт',
    auditActionCapture: 'Маягтын хариулт', auditActionImport: 'Импорт', auditActionRestore: 'Нөөцөөс сэргээсэн', auditActionErase: 'Өгөгдөл устгасан',
    auditActionExport: 'Өгөгдөл экспортолсон', auditActionInteraction: 'Харилцаа', auditActionMessage: 'Харилцагчид илгээсэн мессеж', auditActionPredict: 'Таамаглал',
    auditActionPurchase: 'Худалдан авалт', auditActionRecalculate: 'Нийлбэрийг дахин тооцсон',
  },
  fa: {
    auditActionEdit: 'ویرایش در برگه', auditActionClean: 'پاک‌سازی', auditActionMerge: 'ادغام', auditActionUndo: 'واگرد',
    auditActionCapture: 'پاسخ فرم', auditActionImport: 'ورود داده', auditActionRestore: 'بازگردانی از پشتیبان', auditActionErase: 'پاک کردن داده‌ها',
    auditActionExport: 'خروجی داده‌ها', auditActionInteraction: 'تعامل', auditActionMessage: 'پیام به مشتری', auditActionPredict: 'پیش‌بینی‌ها',
    auditActionPurchase: 'خرید', auditActionRecalculate: 'محاسبهٔ دوبارهٔ جمع‌ها',
  },
  zh: {
    auditActionEdit: '在表格中编辑', auditActionClean: '清理', auditActionMerge: '合并', auditActionUndo: '撤销',
    auditActionCapture: '表单回复', auditActionImport: '导入', auditActionRestore: '从备份恢复', auditActionErase: '删除数据',
    auditActionExport: '导出数据', auditActionInteraction: '互动', auditActionMessage: '发给客户的消息', auditActionPredict: '预测',
    auditActionPurchase: '购买', auditActionRecalculate: '重新计算合计',
  },
});
