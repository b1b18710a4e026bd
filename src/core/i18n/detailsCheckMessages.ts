import { featureMessages } from './featureMessages';

/**
 * "Please check your details": the message with the pre-filled form link, and why an answer that
 * names a customer ID went to quarantine instead of updating that customer.
 */
export const detailsCheckMessages = featureMessages({
  en: {
    kitTemplateDetailsCheck: '{name}, please check that we have your details right, and correct anything that has changed: {link} — {shop}',
    kitSubjectDetailsCheck: 'Please check your details',
    detailsCheckNoForm: 'No form is connected: connect one (Forms panel) to ask customers to check their details.',
    captureReasonUnknownId: 'The answer is for customer ID {id}, which no customer has: check the ID, then re-run it or add the details by hand.',
    captureReasonIdOfOther: 'The answer is for customer ID {id}, but its email or phone belongs to {other}: check who answered before re-running it.',
    captureReasonIdMismatch: 'The answer is for customer ID {id}, but neither its email nor its phone is that customer’s: check who answered before re-running it.',
  },
  ru: {
    kitTemplateDetailsCheck: '{name}, проверьте, пожалуйста, верны ли ваши данные, и исправьте то, что изменилось: {link} — {shop}',
    kitSubjectDetailsCheck: 'Проверьте, пожалуйста, ваши данные',
    detailsCheckNoForm: 'Форма не подключена: подключите её (панель «Формы»), чтобы просить клиентов проверить данные.',
    captureReasonUnknownId: 'Ответ для клиента с ID {id}, но такого клиента нет: проверьте ID, затем запустите снова или внесите данные вручную.',
    captureReasonIdOfOther: 'Ответ для клиента с ID {id}, но его эл. почта или телефон принадлежат {other}: проверьте, кто ответил, прежде чем запускать снова.',
    captureReasonIdMismatch: 'Ответ для клиента с ID {id}, но ни эл. почта, ни телефон в нём не этого клиента: проверьте, кто ответил, прежде чем запускать снова.',
  },
  kk: {
    kitTemplateDetailsCheck: '{name}, деректеріңіздің дұрыстығын тексеріп, өзгергенін түзетіңізші: {link} — {shop}',
    kitSubjectDetailsCheck: 'Деректеріңізді тексеріңізші',
    detailsCheckNoForm: 'Форма қосылмаған: клиенттерден деректерін тексеруді сұрау үшін форманы қосыңыз («Формалар» панелі).',
    captureReasonUnknownId: 'Жауап {id} ID клиентке арналған, бірақ ондай клиент жоқ: ID-ді тексеріп, қайта іске қосыңыз немесе деректерді қолмен енгізіңіз.',
    captureReasonIdOfOther: 'Жауап {id} ID клиентке арналған, бірақ оның поштасы не телефоны {other} клиентікі: қайта іске қоспас бұрын кім жауап бергенін тексеріңіз.',
    captureReasonIdMismatch: 'Жауап {id} ID клиентке арналған, бірақ поштасы да, телефоны да сол клиенттікі емес: қайта іске қоспас бұрын кім жауап бергенін тексеріңіз.',
  },
  mn: {
    kitTemplateDetailsCheck: '{name}, таны мэдээлэл зөв эсэхийг шалгаж, өөрчлөгдсөнийг засна уу: {link} — {shop}',
    kitSubjectDetailsCheck: 'Мэдээллээ шалгана уу',
    detailsCheckNoForm: 'Маягт холбогдоогүй байна: харилцагчдаас мэдээллээ шалгахыг хүсэхийн тулд маягт холбоно уу («Маягт» самбар).',
    captureReasonUnknownId: 'Хариулт {id} ID-тай харилцагчийнх боловч ийм харилцагч алга: ID-г шалгаад дахин ажиллуулах эсвэл гараар оруулна уу.',
    captureReasonIdOfOther: 'Хариулт {id} ID-тай харилцагчийнх боловч түүний и-мэйл эсвэл утас {other}-ийнх: дахин ажиллуулахын өмнө хэн хариулсныг шалгана уу.',
    captureReasonIdMismatch: 'Хариулт {id} ID-тай харилцагчийнх боловч и-мэйл, утасны аль нь ч тэр харилцагчийнх биш: дахин ажиллуулахын өмнө хэн хариулсныг шалгана уу.',
  },
  fa: {
    kitTemplateDetailsCheck: '{name}، لطفاً درستی اطلاعاتتان را بررسی کنید و هر چه تغییر کرده اصلاح کنید: {link} — {shop}',
    kitSubjectDetailsCheck: 'لطفاً اطلاعاتتان را بررسی کنید',
    detailsCheckNoForm: 'هیچ فرمی وصل نیست: برای درخواست بررسی اطلاعات از مشتریان، یک فرم وصل کنید (پنل فرم‌ها).',
    captureReasonUnknownId: 'پاسخ برای مشتری با شناسه {id} است، اما چنین مشتری‌ای وجود ندارد: شناسه را بررسی کنید و دوباره اجرا کنید یا اطلاعات را دستی وارد کنید.',
    captureReasonIdOfOther: 'پاسخ برای مشتری با شناسه {id} است، اما ایمیل یا تلفن آن متعلق به {other} است: پیش از اجرای دوباره بررسی کنید چه کسی پاسخ داده است.',
    captureReasonIdMismatch: 'پاسخ برای مشتری با شناسه {id} است، اما نه ایمیل و نه تلفن آن مال این مشتری است: پیش از اجرای دوباره بررسی کنید چه کسی پاسخ داده است.',
  },
  zh: {
    kitTemplateDetailsCheck: '{name}，请核对我们记录的您的信息是否正确，并更正有变化的部分：{link} — {shop}',
    kitSubjectDetailsCheck: '请核对您的信息',
    detailsCheckNoForm: '尚未连接表单：请先连接表单（表单面板），才能请客户核对信息。',
    captureReasonUnknownId: '该回答针对客户编号 {id}，但没有这位客户：请核对编号，然后重新运行或手动录入。',
    captureReasonIdOfOther: '该回答针对客户编号 {id}，但其电子邮件或电话属于 {other}：重新运行前请确认是谁回答的。',
    captureReasonIdMismatch: '该回答针对客户编号 {id}，但其电子邮件和电话都不是这位客户的：重新运行前请确认是谁回答的。',
  },
});
