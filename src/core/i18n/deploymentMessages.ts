import { featureMessages } from './featureMessages';

/**
 * What a feature says when it needs an installable trigger and Google refuses to make one: a
 * test deployment of the add-on cannot have any, and a quota can be full. `{reason}` is
 * Google's own message, shown as Google wrote it.
 */
export const deploymentMessages = featureMessages({
  en: {
    deployAuditedEditingRefused: 'Audited editing is off: it needs an edit trigger, and Google refused to make one here ({reason}).',
    deployFormCaptureRefused: 'Submissions will not be captured: that needs a form-submit trigger, and Google refused to make one here ({reason}).',
    deployScheduleRefused: 'The schedule was not saved: scheduled backups need a time-driven trigger, and Google refused to make one here ({reason}).',
    deployTriggersHint: 'A test deployment of the add-on cannot have triggers: install the add-on, or use a script bound to this spreadsheet.',
    deployFormTriggerMissing: 'Submissions are not captured: this spreadsheet has no form-submit trigger of yours. Connect the form again to install it.',
  },
  ru: {
    deployAuditedEditingRefused: 'Аудит правок выключен: для него нужен триггер изменений, а Google не разрешил создать его здесь ({reason}).',
    deployFormCaptureRefused: 'Ответы не будут приниматься: для этого нужен триггер отправки формы, а Google не разрешил создать его здесь ({reason}).',
    deployScheduleRefused: 'Расписание не сохранено: для копий по расписанию нужен триггер по времени, а Google не разрешил создать его здесь ({reason}).',
    deployTriggersHint: 'В тестовом развёртывании дополнения триггеров не бывает: установите дополнение или используйте скрипт, привязанный к этой таблице.',
    deployFormTriggerMissing: 'Ответы не принимаются: у этой таблицы нет вашего триггера отправки формы. Подключите форму снова, чтобы установить его.',
  },
  kk: {
    deployAuditedEditingRefused: 'Өңдеу аудиті өшірулі: оған өңдеу триггері керек, ал Google оны мұнда жасауға рұқсат бермеді ({reason}).',
    deployFormCaptureRefused: 'Жауаптар қабылданбайды: ол үшін форма жіберу триггері керек, ал Google оны мұнда жасауға рұқсат бермеді ({reason}).',
    deployScheduleRefused: 'Кесте сақталмады: кесте бойынша көшірмелерге уақыт триггері керек, ал Google оны мұнда жасауға рұқсат бермеді ({reason}).',
    deployTriggersHint: 'Қосымшаның сынақ орналастыруында триггерлер болмайды: қосымшаны орнатыңыз немесе осы кестеге байланған скриптті пайдаланыңыз.',
    deployFormTriggerMissing: 'Жауаптар қабылданбайды: бұл кестеде сіздің форма жіберу триггеріңіз жоқ. Оны орнату үшін форманы қайта қосыңыз.',
  },
  mn: {
    deployAuditedEditingRefused: 'Засварын аудит унтраалттай байна: үүнд засварын триггер хэрэгтэй, гэвч Google энд үүсгэхийг зөвшөөрсөнгүй ({reason}).',
    deployFormCaptureRefused: 'Хариултуудыг хүлээн авахгүй: үүнд маягт илгээх триггер хэрэгтэй, гэвч Google энд үүсгэхийг зөвшөөрсөнгүй ({reason}).',
    deployScheduleRefused: 'Хуваарийг хадгалсангүй: хуваарьт нөөцлөлтөд цагийн триггер хэрэгтэй, гэвч Google энд үүсгэхийг зөвшөөрсөнгүй ({reason}).',
    deployTriggersHint: 'Нэмэлтийн туршилтын байршуулалтад триггер байх боломжгүй: нэмэлтийг суулгах эсвэл энэ хүснэгтэд холбогдсон скриптийг ашиглана уу.',
    deployFormTriggerMissing: 'Хариултуудыг хүлээн авахгүй байна: энэ хүснэгтэд таны маягт илгээх триггер алга. Түүнийг суулгахын тулд маягтаа дахин холбоно уу.',
  },
  fa: {
    deployAuditedEditingRefused: 'ویرایش با ممیزی خاموش است: به تریگر ویرایش نیاز دارد و Google اجازه ساختن آن را در اینجا نداد ({reason}).',
    deployFormCaptureRefused: 'پاسخ‌ها دریافت نخواهند شد: این کار به تریگر ارسال فرم نیاز دارد و Google اجازه ساختن آن را در اینجا نداد ({reason}).',
    deployScheduleRefused: 'زمان‌بندی ذخیره نشد: پشتیبان‌گیری زمان‌بندی‌شده به تریگر زمانی نیاز دارد و Google اجازه ساختن آن را در اینجا نداد ({reason}).',
    deployTriggersHint: 'استقرار آزمایشی افزونه نمی‌تواند تریگر داشته باشد: افزونه را نصب کنید یا از اسکریپتی استفاده کنید که به همین صفحه‌گسترده متصل است.',
    deployFormTriggerMissing: 'پاسخ‌ها دریافت نمی‌شوند: این صفحه‌گسترده تریگر ارسال فرمی از شما ندارد. برای نصب آن، فرم را دوباره وصل کنید.',
  },
  zh: {
    deployAuditedEditingRefused: '审计编辑已关闭：它需要一个编辑触发器，而 Google 不允许在此创建（{reason}）。',
    deployFormCaptureRefused: '将不会接收提交：这需要一个表单提交触发器，而 Google 不允许在此创建（{reason}）。',
    deployScheduleRefused: '计划未保存：定时备份需要一个时间驱动触发器，而 Google 不允许在此创建（{reason}）。',
    deployTriggersHint: '插件的测试部署不能有触发器：请安装插件，或使用绑定到此电子表格的脚本。',
    deployFormTriggerMissing: '未在接收提交：此电子表格没有您的表单提交触发器。请重新连接表单以安装它。',
  },
});
