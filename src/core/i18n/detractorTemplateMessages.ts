import { featureMessages } from './featureMessages';

/** Keep in touch: the message to a customer who gave a low recommend score (the detractor list), signed "— {shop}" like the other templates. */
export const detractorTemplateMessages = featureMessages({
  en: {
    kitTemplateDetractor: '{name}, thank you for telling us honestly how we did. We are sorry we let you down and would like to put it right: reply and tell us what happened. — {shop}',
    kitSubjectDetractor: 'We are sorry, and we would like to make it right',
  },
  ru: {
    kitTemplateDetractor: '{name}, спасибо, что честно оценили нашу работу. Нам жаль, что мы вас подвели, и мы хотим это исправить: ответьте и расскажите, что случилось. — {shop}',
    kitSubjectDetractor: 'Простите нас: мы хотим всё исправить',
  },
  kk: {
    kitTemplateDetractor: '{name}, жұмысымызды шынайы бағалағаныңызға рақмет. Көңіліңізден шықпағанымызға өкінеміз және оны түзеткіміз келеді: жауап жазып, не болғанын айтыңыз. — {shop}',
    kitSubjectDetractor: 'Кешіріңіз: бәрін түзеткіміз келеді',
  },
  mn: {
    kitTemplateDetractor: '{name}, бидний ажлыг шударгаар үнэлсэнд баярлалаа. Таны сэтгэлд хүрээгүйдээ харамсаж байна, үүнийг засахыг хүсэж байна: хариу бичиж юу болсныг хэлнэ үү. — {shop}',
    kitSubjectDetractor: 'Уучлаарай: бид үүнийг засахыг хүсэж байна',
  },
  fa: {
    kitTemplateDetractor: '{name}، از اینکه صادقانه کار ما را ارزیابی کردید سپاسگزاریم. متأسفیم که انتظار شما را برآورده نکردیم و می‌خواهیم جبران کنیم: پاسخ دهید و بگویید چه پیش آمد. — {shop}',
    kitSubjectDetractor: 'پوزش می‌خواهیم و می‌خواهیم جبران کنیم',
  },
  zh: {
    kitTemplateDetractor: '{name}，感谢您如实评价我们的服务。很抱歉让您失望了，我们希望弥补：请回复告诉我们发生了什么。— {shop}',
    kitSubjectDetractor: '非常抱歉，我们希望弥补',
  },
});
