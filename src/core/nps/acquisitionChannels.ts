/**
 * Acquisition channel of a free-text "How did you hear about us?" answer, in English, Russian,
 * Kazakh, Mongolian, Persian or Chinese. Pure: no Apps Script or Node APIs.
 *
 * How an answer is read:
 * 1. Normalised: NFKC (full-width letters and digits become ASCII), lower case, ё → е,
 *    Arabic ي ى ك → Persian ی ک, Persian/Arabic digits → 0-9, Arabic diacritics and tatweel
 *    dropped, ZWNJ and every non-letter non-digit (punctuation, hyphens, emoji) → one space.
 * 2. Keywords are matched at the start of a word and may be followed by more letters, so stems
 *    cover inflections and suffixes ("инстаграм" matches "инстаграме", "инстаграмнан";
 *    "подруг" matches "от подруги"). A keyword written `=xx` must be a whole word (short ones
 *    like "ig", "vk", "тг", "ads", where a stem would match inside other words). Chinese
 *    keywords match anywhere, since Chinese has no spaces; a Chinese character also counts as a
 *    word boundary for Latin or Cyrillic keywords ("在ins上看到").
 * 3. Several channels in one answer ("Инста, от подруги"): the keyword that starts EARLIEST in
 *    the text wins, i.e. the first channel the customer named (→ 'instagram'). At the same
 *    position the LONGEST keyword wins, so "Google Maps", "Яндекс Карты" → 'maps' rather than
 *    'google' / 'yandex', and 朋友圈 (WeChat Moments) → 'wechat' rather than 朋友 → 'friend'.
 *    So "реклама в инстаграме" → 'ads' but "Instagram ads" → 'instagram'.
 * 4. '', whitespace or punctuation only, or a non-string → 'unknown'; any other answer that
 *    matches no keyword (e.g. "не помню", "Avito", 快手) → 'other'.
 *
 * Decisions: 抖音 (Douyin, TikTok's Chinese twin) → 'douyin', not 'tiktok'. Local listing and
 * review directories (2GIS, Google/Yandex/Apple Maps, 大众点评 Dianping, 美团, 高德, Yelp,
 * Tripadvisor) → 'maps': like a map, the customer found the place while looking nearby.
 * 朋友圈 / 公众号 / 视频号 are WeChat features → 'wechat'. Relatives, colleagues and neighbours
 * count as 'friend' (word of mouth). A bare search engine other than Google/Yandex (百度) → 'other'.
 */

export type Channel =
  | 'instagram'
  | 'telegram'
  | 'whatsapp'
  | 'facebook'
  | 'vk'
  | 'tiktok'
  | 'youtube'
  | 'google'
  | 'yandex'
  | 'maps'
  | 'wechat'
  | 'xiaohongshu'
  | 'douyin'
  | 'friend'
  | 'walkIn'
  | 'ads'
  | 'website'
  | 'other'
  | 'unknown';

/** Every channel, in a stable order (e.g. for report rows). */
export const CHANNELS: readonly Channel[] = Object.freeze([
  'instagram',
  'telegram',
  'whatsapp',
  'facebook',
  'vk',
  'tiktok',
  'youtube',
  'google',
  'yandex',
  'maps',
  'wechat',
  'xiaohongshu',
  'douyin',
  'friend',
  'walkIn',
  'ads',
  'website',
  'other',
  'unknown',
] as const);

type MatchedChannel = Exclude<Channel, 'other' | 'unknown'>;

/**
 * Keywords per channel, written naturally: they go through the same normalisation as answers.
 * Stem by default; `=` prefix: whole word only.
 */
const KEYWORDS: Record<MatchedChannel, readonly string[]> = {
  instagram: [
    'instagr', 'instgr', 'instagarm', 'intagram', 'instragram', '=insta', '=instas', '=ig', '=ins', '=inst',
    'инста', 'инсте', 'инсту', 'инсты', 'инстой', 'инстог', 'инстогр', 'инстграм', '=инст',
    'اینستا', 'اینستگرام', 'اینیستا',
  ],
  telegram: [
    'telegram', 'telegramm', 'telega', '=tg',
    'телеграм', 'телег', 'телграм', '=тг',
    'تلگرام', 'تلگرم', '电报',
  ],
  whatsapp: [
    'whatsapp', 'whatsap', 'whats app', 'watsap', 'whatsup', 'whats up',
    'ватсап', 'вотсап', 'вацап', 'воцап', 'уатсап', 'ватцап', 'вотцап', 'ватс ап',
    'واتساپ', 'واتس اپ', 'واتس آپ', 'واتسآپ', 'واتزاپ',
  ],
  facebook: [
    'facebook', 'face book', 'facbook', 'fecebook', '=fb',
    'фейсбук', 'фэйсбук', 'фейсбүк', 'фэйсбүк', 'фейсбүүк', 'фэйсбүүк', 'фейсбуук', 'фэйсбуук', '=фб', '=фэйс', '=фейс',
    'فیسبوک', 'فیس بوک', '脸书', '臉書',
  ],
  vk: ['=vk', 'vkontakt', '=вк', 'вконтакт', 'в контакт', '=vkontakte'],
  tiktok: [
    'tiktok', 'tik tok', 'tiktk', 'tictok', 'tic tok',
    'тикток', 'тик ток', 'тікток', 'тік ток', 'тиктак',
    'تیک تاک', 'تیکتاک',
  ],
  youtube: [
    'youtube', 'you tube', 'youtub', 'ютуб', 'ютюб', 'ютьюб', 'ютүүб', 'ютүб', 'یوتیوب', 'یوتوب', '油管',
  ],
  google: ['google', 'googl', 'гугл', 'гугол', 'гүүгл', 'گوگل', '谷歌'],
  yandex: ['yandex', 'яндекс', 'яндэкс', 'яндех'],
  maps: [
    '2gis', '2 gis', '2гис', '2 гис', 'дубльгис', 'дубль гис', 'дабл гис', '=гис', '=гисе', '=гиске',
    'google map', 'googlemap', 'гугл карт', 'гугл мап', 'яндекс карт', 'яндекс навигатор', 'yandex map',
    'apple map', '=map', '=maps', 'yelp', 'tripadvisor', 'waze',
    'карта', 'карты', 'карте', 'карту', 'картах', 'картам', 'картой', 'газрын зураг',
    'نقشه', 'گوگل مپ', '=مپ',
    '地图', '地圖', '高德', '大众点评', '大眾點評', '点评', '美团',
  ],
  wechat: [
    'wechat', 'we chat', 'weixin', '=vx', 'вичат', 'вічат', 'ویچت',
    '微信', '朋友圈', '公众号', '视频号',
  ],
  xiaohongshu: ['xiaohongshu', 'rednote', 'red note', '=xhs', '小红书', '小紅書', '小红薯', '红书'],
  douyin: ['douyin', '抖音'],
  friend: [
    'friend', 'girlfriend', 'boyfriend', 'referr', 'referal', 'recommend', 'recomend', 'word of mouth',
    'family', 'relative', 'colleague', 'coworker', 'co worker', 'neighbo', 'sister', 'brother', 'cousin',
    'wife', 'husband', '=mom', '=mum', '=mother',
    '=друг', '=друга', '=другу', '=другом', 'друз', 'подруг', 'знаком', 'сарафан', 'рекоменд', 'порекоменд',
    'посовет', 'совет', 'коллег', 'сосед', 'сестр', '=брат', '=брата', 'родствен', '=мама', '=мамы', '=муж',
    '=мужа', '=жена', '=жены',
    'досы', '=дос', 'достар', 'таныс', 'ұсын', 'құрбы', 'туыс', 'әріптес', 'көрші',
    'найз', 'танил', 'санал болго', 'хамт ажилла', '=ээж', '=дүү',
    'دوست', 'معرفی', 'آشنا', 'فامیل', 'همکار', 'توصیه', 'همسایه', 'خواهر', 'برادر',
    '朋友', '推荐', '介绍', '熟人', '同事', '口碑', '家人', '亲戚', '邻居',
  ],
  walkIn: [
    'walk in', 'walkin', 'walked in', 'walked by', 'walked past', 'walking by', 'walking past', 'passing by',
    'passed by', 'passerby', 'drove by', 'driving by', 'saw the sign', 'saw your sign', 'signage', 'storefront',
    'shop front', 'shopfront', '=window', 'street', 'nearby', 'near by', 'next door', 'live near', 'work near',
    '=мимо', 'вывеск', 'рядом', 'по пути', 'проход', 'проезж', 'витрин', 'с улицы', 'напротив', 'штендер',
    'өтіп', 'жанынан', 'қасынан', 'көше', 'маңдайша', 'жақын жер',
    'хажуугаар', 'өнгөрч', 'өнгөрөх', 'гудамж', 'хаяг', 'ойрхон', '=ойр',
    'جلو', 'رد میشد', 'رد می شد', 'رد شد', 'گذر', 'تابلو', 'نزدیک', 'ویترین', 'سر راه',
    '路过', '经过', '门口', '招牌', '附近', '逛街', '门店',
  ],
  ads: [
    '=ad', '=ads', 'advert', 'billboard', 'banner', 'flyer', 'flier', 'leaflet', 'poster', 'radio', '=tv',
    'television', 'commercial', 'sponsored', 'targeted', 'newspaper',
    'реклам', 'таргет', 'билборд', 'баннер', 'листовк', 'флаер', 'флайер', 'объявлени', 'радио', '=тв',
    'телевизор', 'газет', 'афиш', 'растяжк',
    'жарнама', 'сурталчилгаа', '=зар',
    'تبلیغ', 'بیلبورد', 'بنر', 'پوستر', 'تراکت', 'رادیو', 'تلویزیون',
    '广告', '廣告', '传单', '海报', '推广', '地推',
  ],
  website: [
    'website', 'web site', 'webpage', '=site', '=web',
    'сайт', 'вебсайт', 'веб сайт', 'вэб сайт', '=веб', '=вэб',
    'وبسایت', 'وب سایت', 'سایت', '=وب',
    '网站', '網站', '官网', '网页',
  ],
};

const ZWNJ_AND_FRIENDS = /[\u200B-\u200F\u2060\uFEFF]/g;
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ۀ/g, 'ه')
    .replace(PERSIAN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(ARABIC_MARKS, '')
    .replace(ZWNJ_AND_FRIENDS, ' ')
    .replace(NOT_WORD, ' ')
    .trim();
}

/** A letter or digit that joins words (Chinese characters don't: each one stands alone). */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char) && !CJK.test(char);
}

interface Keyword {
  text: string;
  channel: MatchedChannel;
  wholeWord: boolean;
  anywhere: boolean;
}

const KEYWORD_LIST: readonly Keyword[] = (Object.keys(KEYWORDS) as MatchedChannel[]).flatMap((channel) =>
  KEYWORDS[channel].map((raw): Keyword => {
    const wholeWord = raw.startsWith('=');
    const text = normalise(wholeWord ? raw.slice(1) : raw);
    return { text, channel, wholeWord, anywhere: CJK.test(text.charAt(0)) };
  }),
);

/** Position of the first acceptable occurrence of the keyword at or before `limit`, or -1. */
function firstMatch(text: string, keyword: Keyword, limit: number): number {
  let pos = text.indexOf(keyword.text);
  while (pos !== -1 && pos <= limit) {
    const startOk = keyword.anywhere || !isWordChar(text[pos - 1]);
    const endOk = !keyword.wholeWord || !isWordChar(text[pos + keyword.text.length]);
    if (startOk && endOk) return pos;
    pos = text.indexOf(keyword.text, pos + 1);
  }
  return -1;
}

/**
 * The acquisition channel named in a free-text "How did you hear about us?" answer.
 * Earliest keyword in the text wins; at equal position the longest. See the module comment.
 */
export function channelOf(source: unknown): Channel {
  if (typeof source !== 'string') return 'unknown';
  const text = normalise(source);
  if (text === '') return 'unknown';
  let best: Keyword | undefined;
  let bestPos = Infinity;
  for (const keyword of KEYWORD_LIST) {
    const pos = firstMatch(text, keyword, bestPos);
    if (pos === -1) continue;
    if (pos < bestPos || (best !== undefined && keyword.text.length > best.text.length)) {
      best = keyword;
      bestPos = pos;
    }
  }
  return best ? best.channel : 'other';
}

/**
 * channelOf with a memory: sources repeat ("Instagram" thousands of times), and reading one
 * costs a pass over every keyword. Use one reader per report, not a global one, so the memory
 * lives only as long as the report.
 */
export function channelReader(): (source: unknown) => Channel {
  const known = new Map<string, Channel>();
  return (source) => {
    if (typeof source !== 'string') return 'unknown';
    let channel = known.get(source);
    if (channel === undefined) {
      channel = channelOf(source);
      known.set(source, channel);
    }
    return channel;
  };
}
