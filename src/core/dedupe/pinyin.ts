/**
 * Chinese names in pinyin, so that 王芳 meets Wang Fang: a small table of the common surnames
 * (simplified and traditional, with the compound ones) and of the characters common in given
 * names, toneless, ü written u (as Latin lists write it). A name with a character not in the
 * table has no pinyin: it then meets Latin spellings only through its other fields. Several
 * characters share one syllable (王 and 汪 are both wang), so a pinyin agreement is never exact.
 */
const SURNAMES =
  '欧阳ouyang 司马sima 诸葛zhuge 上官shangguan 东方dongfang 皇甫huangfu 令狐linghu 司徒situ 慕容murong 歐陽ouyang 諸葛zhuge ' +
  '王wang 李li 张zhang 刘liu 陈chen 杨yang 赵zhao 黄huang 周zhou 吴wu 徐xu 孙sun 胡hu 朱zhu 高gao 林lin 何he 郭guo 马ma 罗luo ' +
  '梁liang 宋song 郑zheng 谢xie 韩han 唐tang 冯feng 于yu 董dong 萧xiao 程cheng 曹cao 袁yuan 邓deng 许xu 傅fu 沈shen 曾zeng 彭peng ' +
  '吕lu 苏su 卢lu 蒋jiang 蔡cai 贾jia 丁ding 魏wei 薛xue 叶ye 阎yan 余yu 潘pan 杜du 戴dai 夏xia 钟zhong 汪wang 田tian 任ren 姜jiang ' +
  '范fan 方fang 石shi 姚yao 谭tan 廖liao 邹zou 熊xiong 金jin 陆lu 郝hao 孔kong 白bai 崔cui 康kang 毛mao 邱qiu 秦qin 江jiang 史shi ' +
  '顾gu 侯hou 邵shao 孟meng 龙long 万wan 段duan 雷lei 钱qian 汤tang 尹yin 黎li 易yi 常chang 武wu 乔qiao 贺he 赖lai 龚gong 文wen ' +
  '严yan 牛niu 洪hong 陶tao 邢xing 葛ge 梅mei 付fu 钟zhong 仇qiu 杭hang 施shi 冉ran 柴chai 焦jiao 俞yu 童tong 霍huo 关guan 纪ji ' +
  '張zhang 陳chen 楊yang 趙zhao 黃huang 劉liu 吳wu 孫sun 鄭zheng 謝xie 韓han 馮feng 蕭xiao 許xu 鄧deng 蘇su 盧lu 蔣jiang 葉ye ' +
  '錢qian 龍long 羅luo 馬ma 呂lu 陸lu 顧gu 鍾zhong 譚tan 鄒zou 賴lai 嚴yan 龔gong 賀he 喬qiao 閻yan 魏wei';
const GIVEN =
  '伟wei 芳fang 娜na 秀xiu 英ying 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 霞xia ' +
  '平ping 刚gang 桂gui 华hua 建jian 国guo 文wen 辉hui 玲ling 红hong 梅mei 鹏peng 飞fei 宇yu 浩hao 然ran 子zi 涵han 欣xin 怡yi 晨chen ' +
  '婷ting 俊jun 雪xue 佳jia 琪qi 思si 雨yu 萱xuan 轩xuan 博bo 睿rui 嘉jia 诗shi 梓zi 一yi 诺nuo 宁ning 海hai 波bo 斌bin 鑫xin 凯kai ' +
  '亮liang 春chun 燕yan 晶jing 璐lu 琳lin 颖ying 慧hui 倩qian 婉wan 雅ya 瑶yao 欢huan 乐le 天tian 志zhi 龙long 东dong 亚ya 林lin ' +
  '峰feng 阳yang 丹dan 莉li 萍ping 云yun 兰lan 珍zhen 凤feng 秋qiu 玉yu 生sheng 成cheng 德de 荣rong 新xin 安an 晓xiao 小xiao 晴qing ' +
  '美mei 泽ze 宏hong 毅yi 帅shuai 旭xu 昊hao 哲zhe 铭ming 航hang 伦lun 光guang 正zheng 永yong 家jia 金jin 力li 山shan 康kang 健jian ' +
  '彬bin 娇jiao 芬fen 蓉rong 蕾lei 薇wei 琴qin 月yue 星xing 悦yue 心xin 可ke 晗han 若ruo 语yu 彤tong 曦xi 妍yan 菲fei 露lu 瑞rui ' +
  '祥xiang 福fu 贵gui 富fu 兵bing 辰chen 宸chen 逸yi 奕yi 熙xi 景jing 武wu 远yuan 达da 鸿hong 振zhen 凡fan 霖lin 皓hao 楠nan ' +
  '婧jing 璇xuan 岚lan 珊shan 洁jie 清qing 红hong 芝zhi 翠cui 琼qiong 冬dong 梦meng 宝bao 淑shu 惠hui 巧qiao 媛yuan 莹ying 芸yun ' +
  '华hua 伊yi 蓝lan 紫zi 茜qian 馨xin 昕xin 怡yi 森sen 杨yang 松song 柏bai 桐tong 枫feng 楷kai 诚cheng 信xin 仁ren 义yi 礼li 智zhi ' +
  '勤qin 俭jian 忠zhong 孝xiao 廉lian 耀yao 晖hui 炜wei 煜yu 烨ye 斐fei 君jun 卿qing 贤xian 良liang 善shan 钰yu 铮zheng 锋feng ' +
  '偉wei 麗li 靜jing 軍jun 傑jie 濤tao 輝hui 紅hong 鵬peng 飛fei 詩shi 諾nuo 寧ning 凱kai 穎ying 雅ya 樂le 東dong 亞ya 雲yun ' +
  '鳳feng 榮rong 曉xiao 銘ming 航hang 倫lun 嬌jiao 蕾lei 琴qin 語yu 曉xiao 鴻hong 潔jie 夢meng 寶bao 惠hui 瑩ying 馨xin 義yi 禮li';

let tables: { surnames: Map<string, string>; given: Map<string, string> } | null = null;

function parse(table: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of table.split(' ')) {
    const at = entry.search(/[a-z]/);
    if (at > 0) map.set(entry.slice(0, at), entry.slice(at));
  }
  return map;
}

function loaded(): { surnames: Map<string, string>; given: Map<string, string> } {
  tables ??= { surnames: parse(SURNAMES), given: parse(GIVEN) };
  return tables;
}

/**
 * "wang fang" for 王芳 (surname first, as Chinese names are written; a space after the surname
 * is allowed), the given name's syllables joined (子涵: zihan, as Latin lists write it); null
 * when a character is not in the table.
 */
export function chineseNamePinyin(name: string): string | null {
  const { surnames, given } = loaded();
  const chars = [...name.replace(/[\s\p{P}\p{S}]/gu, '')];
  if (chars.length < 2 || chars.length > 5) return null;
  const compound = surnames.get(chars.slice(0, 2).join(''));
  const familyLength = compound && chars.length > 2 ? 2 : 1;
  const family = compound && familyLength === 2 ? compound : surnames.get(chars[0]!);
  if (!family) return null;
  let rest = '';
  for (const char of chars.slice(familyLength)) {
    const syllable = given.get(char) ?? surnames.get(char);
    if (!syllable) return null;
    rest += syllable;
  }
  return `${family} ${rest}`;
}
