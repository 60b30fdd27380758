/**
 * Short names of divisions ("四川省" → "四川", "湘西土家族苗族自治州" → "湘西") and the one-character
 * abbreviations (简称) of provinces that 文号 begin with ("川办发〔2021〕17号"). GB/T 2260 lists full
 * names only; these rules derive the short ones, as data.
 */

/**
 * Ethnic groups as autonomous areas' names write them. Names of two or more characters may
 * lack "族" ("伊犁哈萨克自治州", "鄂伦春自治旗"); one-character names always have it ("大理白族自治州"),
 * so "长白朝鲜族自治县" keeps its "白". "各" is for "龙胜各族自治县". Longest first.
 */
const ETHNIC_LONG = [
  '柯尔克孜', '乌孜别克', '维吾尔', '哈萨克', '达斡尔', '鄂伦春', '鄂温克', '塔吉克', '塔塔尔', '俄罗斯',
  '蒙古', '布依', '朝鲜', '土家', '哈尼', '傈僳', '高山', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗',
  '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺',
];
const ETHNIC_ONE = '回藏苗彝壮满侗瑶白傣黎佤畲水土羌怒京各';

/** One ethnic group at the end of a name: "苗族", "哈萨克", "哈萨克族". */
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC_LONG.join('|')})族?|[${ETHNIC_ONE}]族)$`, 'u');

/**
 * Suffixes cut to get a short name, longest first: "自治州/县/旗/区" (the ethnic groups before
 * them are cut next), "特别行政区" (香港), "地区" (阿里地区), "林区" (神农架林区), "特区" (六枝特区),
 * then one character. A plain 旗 is absent: "阿拉善左旗" has no short name.
 */
const SUFFIXES = ['特别行政区', '自治州', '自治县', '自治旗', '自治区', '地区', '林区', '特区', '省', '市', '盟', '县', '区'];

/** Short name of a division, or null where cutting would leave one character ("忠县") or nothing. */
export function shortName(name: string): string | null {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  if (!suffix) return null;
  let stem = name.slice(0, -suffix.length);
  // "湘西土家族苗族" → "湘西土家族" → "湘西"; never below two characters ("内蒙古" stays).
  for (let m = ETHNIC_TAIL.exec(stem); m && m.index >= 2; m = ETHNIC_TAIL.exec(stem)) stem = stem.slice(0, m.index);
  return stem.length >= 2 ? stem : null;
}

/**
 * Provinces' one-character abbreviations (简称) as 文号 use them: "川办发" is 四川's, "渝府办发"
 * 重庆's. Two for some provinces (贵/黔, 云/滇, 陕/秦, 甘/陇).
 */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '北京市', 津: '天津市', 冀: '河北省', 晋: '山西省', 蒙: '内蒙古自治区', 辽: '辽宁省', 吉: '吉林省',
  黑: '黑龙江省', 沪: '上海市', 苏: '江苏省', 浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省',
  鲁: '山东省', 豫: '河南省', 鄂: '湖北省', 湘: '湖南省', 粤: '广东省', 桂: '广西壮族自治区', 琼: '海南省',
  渝: '重庆市', 川: '四川省', 蜀: '四川省', 贵: '贵州省', 黔: '贵州省', 云: '云南省', 滇: '云南省',
  藏: '西藏自治区', 陕: '陕西省', 秦: '陕西省', 甘: '甘肃省', 陇: '甘肃省', 青: '青海省', 宁: '宁夏回族自治区',
  新: '新疆维吾尔自治区',
};
