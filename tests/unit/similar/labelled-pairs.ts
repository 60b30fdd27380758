/**
 * Measure pairs of the five seeds labelled by hand: the same practice (both commit to 简易注销,
 * 一照多址, 川渝通办 …) or a different one under the same or a neighbouring indicator (一证通办
 * against 跨省通办, 证照分离 against 简易注销). The similarity stage is tuned on these; the
 * project's acceptance check uses a hidden set labelled independently.
 */

/** [measure id, measure id, what they share or how they differ]. */
export const SAME: [string, string, string][] = [
  ['sichuan-2021-m73', 'zigong-2021-m7', '简易注销 for firms without debts'],
  ['sichuan-2021-m73', 'wushan-2021-m5', '简易注销'],
  ['sichuan-2021-m78', 'wushan-2021-m1', '一照多址'],
  ['sichuan-2021-m15', 'wushan-2021-m22', '川渝通办 second batch'],
  ['sichuan-2021-m15', 'ziyang-2021-m269', '川渝通办'],
  ['sichuan-2021-m116', 'wushan-2021-m22', '跨省通办'],
  ['sichuan-2021-m121', 'ziyang-2021-m93', '水电气 全程网办 (same wording)'],
  ['sichuan-2021-m109', 'ziyang-2021-m272', '天府健康通 一人一码'],
  ['sichuan-2021-m81', 'zigong-2021-m80', '部门联合 双随机、一公开'],
  ['sichuan-2021-m46', 'wushan-2021-m21', '证明事项告知承诺制'],
  ['zigong-2021-m28', 'ziyang-2021-m114', '电子税务局 留抵退税 主动提示'],
  ['sichuan-2021-m34', 'zigong-2021-m76', '知识产权重点保护名录'],
  ['sichuan-2021-m149', 'zigong-2021-m59', '政府采购 备选库、名录库、资格库 专项清理'],
  ['sichuan-2021-m106', 'wushan-2021-m36', '行政执法三项制度'],
  ['zigong-2021-m56', 'ziyang-2021-m215', '人力资源市场秩序清理整顿'],
  ['sichuan-2021-m69', 'zigong-2021-m5', '免费刻章 企业开办零成本'],
  ['sichuan-2021-m75', 'ziyang-2021-m12', '证照分离 全覆盖'],
  ['sichuan-2021-m52', 'zigong-2021-m10', '社会投资小型低风险仓库、厂房'],
  ['ziyang-2021-m4', 'sichuan-2021-m69', '免费刻章'],
];

/** Pairs that must not be shown as similar. */
export const DIFFERENT: [string, string, string][] = [
  ['sichuan-2021-m14', 'wushan-2021-m22', '一证通办 vs 跨省通办'],
  ['sichuan-2021-m75', 'zigong-2021-m7', '证照分离 vs 简易注销'],
  ['leshan-2023-m1', 'ziyang-2021-m160', '市场主体活力 vs 普惠金融文件'],
  ['sichuan-2021-m60', 'wushan-2021-m21', '不动产登记电子证照 vs 告知承诺'],
  ['sichuan-2021-m4', 'ziyang-2021-m278', '政务信息化项目办法 vs 智慧城市领导小组'],
  ['sichuan-2021-m156', 'ziyang-2021-m256', '交易平台目录 vs 曝光典型案例'],
  ['ziyang-2021-m79', 'zigong-2021-m20', '信息共享 vs 综合用能一窗'],
  ['sichuan-2021-m23', 'wushan-2021-m22', '检查检验结果互认 vs 跨省通办'],
  ['zigong-2021-m63', 'ziyang-2021-m217', '招标制度清理 vs 就业援助'],
  ['sichuan-2021-m183', 'ziyang-2021-m226', '跨境电商结售汇 vs 创业担保贷款'],
  ['wushan-2021-m6', 'ziyang-2021-m202', '接入时间 vs 特殊工时'],
  ['sichuan-2021-m57', 'zigong-2021-m12', '预售抵押登记 vs 多测合一'],
  ['ziyang-2021-m148', 'sichuan-2021-m16', '破产管理人 vs 川渝通办机制'],
  ['zigong-2021-m85', 'ziyang-2021-m223', '创新创业 vs 稳岗返还'],
  ['sichuan-2021-m128', 'leshan-2023-m14', '12345热线 vs 综合窗口'],
  ['zigong-2021-m18', 'ziyang-2021-m18', '用水用气报装 vs 工程建设并联审批'],
  ['sichuan-2021-m80', 'wushan-2021-m39', '双随机+信用分类 vs 知识产权金融'],
  ['sichuan-2021-m17', 'ziyang-2021-m269', '手机端全程网办 vs 跨省通办业务协同'],
  ['sichuan-2021-m159', 'ziyang-2021-m269', '远程异地评标 vs 跨省通办'],
  ['sichuan-2021-m76', 'ziyang-2021-m16', '药店告知承诺 vs 工程清单制+告知承诺'],
];
