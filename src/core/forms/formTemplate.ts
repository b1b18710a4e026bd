import type { Language } from '../i18n/languages';

/**
 * The form Clientele creates, in the user's language. Each question carries the target it
 * feeds, so a new form needs no recognition at all; an existing form's questions are
 * recognised from their titles (questionMapping.ts), which include these titles.
 */
export type QuestionTarget = 'name' | 'email' | 'phone' | 'consent' | 'source' | 'score' | 'comment' | 'notes' | 'customerId';

export type QuestionKind = 'text' | 'paragraph' | 'choice' | 'scale';

export interface TemplateQuestion {
  target: QuestionTarget;
  kind: QuestionKind;
  title: string;
  helpText: string;
  required: boolean;
  /** Multiple choice: the first choice means yes (parsed as yes by the customer record). */
  choices?: string[];
  /** Scale bounds and their labels. */
  scale?: { lower: 0; upper: 10; lowerLabel: string; upperLabel: string };
}

export interface FormTemplate {
  title: string;
  description: string;
  questions: TemplateQuestion[];
  /** Identifies the privacy notice text the person saw; recorded with their consent. */
  noticeVersion: string;
}

/** Bump when a notice text below changes: consents given before keep the version they saw. */
const NOTICE_REVISION = '2026-11';

interface TemplateTexts {
  title: string;
  description: string;
  name: string;
  email: string;
  phone: string;
  consent: string;
  notice: string;
  yes: string;
  no: string;
  source: string;
  score: string;
  notLikely: string;
  veryLikely: string;
  why: string;
  comments: string;
  customerId: string;
  customerIdHelp: string;
}

/** The consent choices are words the customer record reads as yes and no in that language. */
const TEXTS: Record<Language, TemplateTexts> = {
  en: {
    title: 'Stay in touch', description: 'Leave your details and tell us how we did.',
    name: 'Name', email: 'Email', phone: 'Phone', consent: 'May we contact you?',
    notice: 'We keep your name, email and phone to contact you about our services. We never share them. You can withdraw consent at any time by answering No here or by asking us.',
    yes: 'Yes', no: 'No', source: 'How did you hear about us?',
    score: 'How likely are you to recommend us to a friend or colleague?', notLikely: 'Not at all likely', veryLikely: 'Extremely likely',
    why: 'Why did you give this score?', comments: 'Comments',
    customerId: 'Customer ID', customerIdHelp: 'Filled in when we send you a link to check your details: leave it as it is, it tells us who you are. Blank is fine.',
  },
  ru: {
    title: 'Оставайтесь на связи', description: 'Оставьте свои данные и расскажите, как мы поработали.',
    name: 'ФИО', email: 'Эл. почта', phone: 'Телефон', consent: 'Можно с вами связываться?',
    notice: 'Мы храним ваше имя, эл. почту и телефон, чтобы связываться с вами по поводу наших услуг, и никому их не передаём. Согласие можно отозвать в любой момент: ответьте здесь «Нет» или напишите нам.',
    yes: 'Да', no: 'Нет', source: 'Как вы о нас узнали?',
    score: 'Насколько вероятно, что вы порекомендуете нас другу или коллеге?', notLikely: 'Совсем маловероятно', veryLikely: 'Очень вероятно',
    why: 'Почему вы поставили такую оценку?', comments: 'Комментарии',
    customerId: 'ID клиента', customerIdHelp: 'Заполняется, когда мы присылаем ссылку для проверки ваших данных: оставьте как есть, по нему мы вас узнаем. Можно оставить пустым.',
  },
  kk: {
    title: 'Байланыста болайық', description: 'Деректеріңізді қалдырып, жұмысымызды бағалаңыз.',
    name: 'Аты-жөні', email: 'Электрондық пошта', phone: 'Телефон', consent: 'Сізбен байланысуға бола ма?',
    notice: 'Біз қызметтеріміз туралы хабарласу үшін атыңызды, поштаңызды және телефоныңызды сақтаймыз және оларды ешкімге бермейміз. Келісімді кез келген уақытта осында «Жоқ» деп жауап беріп немесе бізге жазып қайтарып ала аласыз.',
    yes: 'Иә', no: 'Жоқ', source: 'Біз туралы қайдан білдіңіз?',
    score: 'Бізді досыңызға немесе әріптесіңізге ұсыну ықтималдығы қандай?', notLikely: 'Мүлдем ықтимал емес', veryLikely: 'Өте ықтимал',
    why: 'Неге мұндай баға қойдыңыз?', comments: 'Пікірлер',
    customerId: 'Клиент ID', customerIdHelp: 'Деректеріңізді тексеру сілтемесін жібергенде толтырылады: өзгертпеңіз, ол арқылы сізді танимыз. Бос қалдыруға болады.',
  },
  mn: {
    title: 'Холбоотой байцгаая', description: 'Мэдээллээ үлдээж, бидний ажлыг үнэлнэ үү.',
    name: 'Нэр', email: 'И-мэйл', phone: 'Утас', consent: 'Бид тантай холбогдож болох уу?',
    notice: 'Бид үйлчилгээнийхээ талаар тантай холбогдохын тулд таны нэр, и-мэйл, утсыг хадгалж, хэнд ч дамжуулахгүй. Та зөвшөөрлөө хэдийд ч энд «Үгүй» гэж хариулах эсвэл бидэнд хэлж цуцалж болно.',
    yes: 'Тийм', no: 'Үгүй', source: 'Та бидний тухай хаанаас сонссон бэ?',
    score: 'Та биднийг найз эсвэл хамтран ажиллагсаддаа санал болгох магадлал хэр вэ?', notLikely: 'Огт магадлалгүй', veryLikely: 'Маш их магадлалтай',
    why: 'Яагаад ийм оноо өгсөн бэ?', comments: 'Сэтгэгдэл',
    customerId: 'Харилцагчийн ID', customerIdHelp: 'Мэдээллээ шалгах холбоос илгээхэд бөглөгдөнө: өөрчлөхгүй үлдээнэ үү, үүгээр бид таныг таньдаг. Хоосон байж болно.',
  },
  fa: {
    title: 'در تماس بمانیم', description: 'اطلاعات خود را بگذارید و بگویید کار ما چطور بود.',
    name: 'نام', email: 'ایمیل', phone: 'تلفن', consent: 'آیا می‌توانیم با شما تماس بگیریم؟',
    notice: 'ما نام، ایمیل و تلفن شما را برای تماس درباره خدماتمان نگه می‌داریم و هرگز آن‌ها را به کسی نمی‌دهیم. هر زمان می‌توانید با پاسخ «خیر» در همین‌جا یا با درخواست از ما رضایت خود را پس بگیرید.',
    yes: 'بله', no: 'خیر', source: 'چگونه با ما آشنا شدید؟',
    score: 'چقدر احتمال دارد ما را به دوست یا همکار خود توصیه کنید؟', notLikely: 'اصلاً احتمال ندارد', veryLikely: 'بسیار محتمل',
    why: 'چرا این امتیاز را دادید؟', comments: 'توضیحات',
    customerId: 'شناسه مشتری', customerIdHelp: 'وقتی پیوند بررسی اطلاعاتتان را می‌فرستیم پر می‌شود: آن را تغییر ندهید، با آن شما را می‌شناسیم. خالی بودنش اشکالی ندارد.',
  },
  zh: {
    title: '保持联系', description: '留下您的联系方式，并告诉我们做得如何。',
    name: '姓名', email: '电子邮件', phone: '电话', consent: '我们可以联系您吗？',
    notice: '我们保存您的姓名、电子邮件和电话，仅用于就我们的服务与您联系，绝不与他人分享。您可以随时在此回答“不同意”或告诉我们，以撤回同意。',
    yes: '同意', no: '不同意', source: '您是如何知道我们的？',
    score: '您有多大可能向朋友或同事推荐我们？', notLikely: '完全不可能', veryLikely: '非常可能',
    why: '您为什么给出这个分数？', comments: '备注',
    customerId: '客户编号', customerIdHelp: '我们发送核对信息的链接时会自动填写：请保持不变，我们据此识别您。留空也可以。',
  },
};

export function formTemplate(language: Language): FormTemplate {
  const t = TEXTS[language];
  return {
    title: t.title,
    description: t.description,
    noticeVersion: `notice-${NOTICE_REVISION}-${language}`,
    questions: [
      { target: 'name', kind: 'text', title: t.name, helpText: '', required: true },
      { target: 'email', kind: 'text', title: t.email, helpText: '', required: false },
      { target: 'phone', kind: 'text', title: t.phone, helpText: '', required: false },
      { target: 'consent', kind: 'choice', title: t.consent, helpText: t.notice, required: true, choices: [t.yes, t.no] },
      { target: 'source', kind: 'text', title: t.source, helpText: '', required: false },
      { target: 'score', kind: 'scale', title: t.score, helpText: '', required: false, scale: { lower: 0, upper: 10, lowerLabel: t.notLikely, upperLabel: t.veryLikely } },
      { target: 'comment', kind: 'paragraph', title: t.why, helpText: '', required: false },
      { target: 'notes', kind: 'paragraph', title: t.comments, helpText: '', required: false },
      // By convention, not hidden (Forms has no hidden question): "please check your details" links pre-fill it.
      { target: 'customerId', kind: 'text', title: t.customerId, helpText: t.customerIdHelp, required: false },
    ],
  };
}

/** Every language's titles for one target: an existing form made by Clientele in any language is recognised exactly. */
export function templateTitles(target: QuestionTarget): string[] {
  return (Object.keys(TEXTS) as Language[]).map((language) => formTemplate(language).questions.find((q) => q.target === target)!.title);
}
