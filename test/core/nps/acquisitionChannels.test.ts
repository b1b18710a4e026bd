import { CHANNELS, channelOf, type Channel } from '../../../src/core/nps/acquisitionChannels';

describe('channelOf', () => {
  const cases: [string, Channel][] = [
    // English
    ['Instagram', 'instagram'],
    ['saw you on insta', 'instagram'],
    ['IG', 'instagram'],
    ['instgram ad', 'instagram'],
    ['Telegram channel', 'telegram'],
    ['WhatsApp group', 'whatsapp'],
    ['Facebook', 'facebook'],
    ['fb page', 'facebook'],
    ['TikTok', 'tiktok'],
    ['tik-tok video', 'tiktok'],
    ['YouTube review', 'youtube'],
    ['googled "nail salon near me"', 'google'],
    ['Google Maps', 'maps'],
    ['Yelp', 'maps'],
    ['A friend told me', 'friend'],
    ['my girlfriend', 'friend'],
    ['Referred by Sarah', 'friend'],
    ['word-of-mouth', 'friend'],
    ['walk-in', 'walkIn'],
    ['Walked by and saw the sign', 'walkIn'],
    ['I live nearby', 'walkIn'],
    ['Radio ad', 'ads'],
    ['billboard on Main St', 'ads'],
    ['Your website', 'website'],
    ["don't remember", 'other'],
    ['big sale', 'other'], // "ig" only as a whole word
    ['saw it in the window', 'walkIn'],
    ['Windows laptop shop', 'other'],
    ['installed the app', 'other'], // "insta" only as a whole word
    // Russian
    ['Инстаграм', 'instagram'],
    ['Инстаграмм', 'instagram'],
    ['инстограм', 'instagram'],
    ['в инсте', 'instagram'],
    ['Инста, от подруги', 'instagram'],
    ['от подруги, потом нашла в инсте', 'friend'],
    ['Телеграм', 'telegram'],
    ['в телеге', 'telegram'],
    ['ватсап', 'whatsapp'],
    ['Вотсап', 'whatsapp'],
    ['Вконтакте', 'vk'],
    ['ВК', 'vk'],
    ['тик ток', 'tiktok'],
    ['Ютуб', 'youtube'],
    ['гугл', 'google'],
    ['Яндекс', 'yandex'],
    ['Яндекс.Карты', 'maps'],
    ['2ГИС', 'maps'],
    ['в 2гисе', 'maps'],
    ['карты', 'maps'],
    ['от друга', 'friend'],
    ['знакомые посоветовали', 'friend'],
    ['сарафанное радио', 'friend'],
    ['По рекомендации', 'friend'],
    ['Порекомендовала коллега', 'friend'],
    ['проходил мимо', 'walkIn'],
    ['увидел вывеску', 'walkIn'],
    ['шли мимо', 'walkIn'],
    ['живу рядом', 'walkIn'],
    ['Реклама', 'ads'],
    ['реклама в инстаграме', 'ads'], // earliest keyword wins
    ['билборд', 'ads'],
    ['на сайте', 'website'],
    ['Другое', 'other'], // not "друг"
    ['не помню', 'other'],
    ['Авито', 'other'],
    ['Ёлка у входа, увидел вывеску', 'walkIn'],
    // Kazakh
    ['инстаграмнан', 'instagram'],
    ['Инстадан көрдім', 'instagram'],
    ['досымнан', 'friend'],
    ['Достарымнан естідім', 'friend'],
    ['таныстар ұсынды', 'friend'],
    ['өтіп бара жатып көрдім', 'walkIn'],
    ['жарнамадан', 'ads'],
    ['2гистен таптым', 'maps'],
    ['тиктоктан', 'tiktok'],
    ['сайттан', 'website'],
    // Mongolian
    ['Фэйсбүүк', 'facebook'],
    ['фэйсбүүкээс харсан', 'facebook'],
    ['найзаас', 'friend'],
    ['Найз маань санал болгосон', 'friend'],
    ['хажуугаар нь өнгөрч байгаад', 'walkIn'],
    ['сурталчилгаа', 'ads'],
    ['инстаграмаас', 'instagram'],
    ['газрын зураг', 'maps'],
    ['вэб сайт', 'website'],
    // Persian (with Arabic letters, ZWNJ and missing spaces)
    ['اینستاگرام', 'instagram'],
    ['از اینستا', 'instagram'],
    ['پیج اینستا', 'instagram'],
    ['تلگرام', 'telegram'],
    ['واتساپ', 'whatsapp'],
    ['واتس‌اپ', 'whatsapp'],
    ['گوگل', 'google'],
    ['نقشه گوگل', 'maps'],
    ['از طریق دوست', 'friend'],
    ['دوستان معرفی کردند', 'friend'],
    ['از طريق دوستم', 'friend'], // Arabic ي
    ['از جلوی مغازه رد می‌شدم', 'walkIn'],
    ['تبلیغات', 'ads'],
    ['تبليغات اینستاگرام', 'ads'], // Arabic ي; earliest keyword wins
    ['وبسایت', 'website'],
    ['وب‌سایت شما', 'website'],
    ['سايت', 'website'],
    // Chinese (incl. full-width Latin)
    ['抖音', 'douyin'],
    ['在抖音上看到的', 'douyin'],
    ['小红书', 'xiaohongshu'],
    ['小红薯推荐', 'xiaohongshu'],
    ['微信', 'wechat'],
    ['朋友圈看到的', 'wechat'],
    ['ＷｅＣｈａｔ', 'wechat'],
    ['朋友推荐', 'friend'],
    ['朋友', 'friend'],
    ['同事介绍的', 'friend'],
    ['路过', 'walkIn'],
    ['路过看到招牌', 'walkIn'],
    ['广告', 'ads'],
    ['网站', 'website'],
    ['地图', 'maps'],
    ['大众点评', 'maps'],
    ['高德地图搜到的', 'maps'],
    ['谷歌', 'google'],
    ['在ins上看到', 'instagram'],
    ['ＩＮＳＴＡＧＲＡＭ', 'instagram'],
    ['快手', 'other'],
    // Mixed scripts and languages
    ['Telegram / инстаграм', 'telegram'],
    ['friend (друг)', 'friend'],
    ['  INSTAGRAM!!!  ', 'instagram'],
  ];

  it('has a good spread of test answers', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)('%s → %s', (answer, expected) => {
    expect(channelOf(answer)).toBe(expected);
  });

  it.each([[''], ['   '], ['—'], ['?!'], [null], [undefined], [42], [{}], [['instagram']]])(
    '%p → unknown',
    (value) => {
      expect(channelOf(value)).toBe('unknown');
    },
  );

  it('always answers one of CHANNELS', () => {
    for (const [answer] of cases) expect(CHANNELS).toContain(channelOf(answer));
  });
});

describe('CHANNELS', () => {
  it('lists each channel once, including other and unknown', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    expect(CHANNELS).toHaveLength(19);
    expect(CHANNELS).toEqual(expect.arrayContaining(['other', 'unknown', 'walkIn', 'douyin']));
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CHANNELS)).toBe(true);
  });
});
