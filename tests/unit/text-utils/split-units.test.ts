import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../scripts/lib/text/split-units.ts';

describe('splitUnits', () => {
  it('splits on 、 and on half-width commas (四川 table, row 152)', () => {
    expect(
      splitUnits('省发展改革委、省大数据中心、住房城乡建设厅、省能源局、四川省税务局、人力资源社会保障厅,省地方金融监管局,人行成都分行,四川银保监局'),
    ).toEqual([
      '省发展改革委',
      '省大数据中心',
      '住房城乡建设厅',
      '省能源局',
      '四川省税务局',
      '人力资源社会保障厅',
      '省地方金融监管局',
      '人行成都分行',
      '四川银保监局',
    ]);
  });

  it('keeps a group named after 等 (四川 table, row 157)', () => {
    expect(splitUnits('省发展改革委、财政厅等省直相关行政主管部门,省政务服务和资源交易服务中心')).toEqual([
      '省发展改革委',
      '财政厅',
      '省直相关行政主管部门',
      '省政务服务和资源交易服务中心',
    ]);
  });

  it('splits "等…及…" (资阳 table)', () => {
    expect(splitUnits('市政务服务大数据管理局等市级部门(单位)及各县(区)人民政府')).toEqual([
      '市政务服务大数据管理局',
      '市级部门(单位)',
      '各县(区)人民政府',
    ]);
    expect(splitUnits('市财政局等市级各部门（单位）、各县（区）人民政府、高新区管委会、临空经济区管委会')).toEqual([
      '市财政局',
      '市级各部门（单位）',
      '各县（区）人民政府',
      '高新区管委会',
      '临空经济区管委会',
    ]);
  });

  it('drops "等相关部门", "等单位" and a trailing 等', () => {
    expect(splitUnits('市应急管理局、市城市管理行政执法局、市人防办等相关部门、各县(区)人民政府')).toEqual([
      '市应急管理局',
      '市城市管理行政执法局',
      '市人防办',
      '各县(区)人民政府',
    ]);
    expect(splitUnits('市政务服务和数字化管理局等单位')).toEqual(['市政务服务和数字化管理局']);
    expect(splitUnits('市税务局、人行市中心支行等')).toEqual(['市税务局', '人行市中心支行']);
  });

  it('keeps 和 inside unit names', () => {
    expect(splitUnits('市自然资源和规划局、市经济和信息化局、市政务服务和数字化管理局')).toEqual([
      '市自然资源和规划局',
      '市经济和信息化局',
      '市政务服务和数字化管理局',
    ]);
    expect(splitUnits('市人力资源和社会保障局、市总工会')).toEqual(['市人力资源和社会保障局', '市总工会']);
    expect(splitUnits('省卫生健康委、教育厅、交通运输厅、文化和旅游厅、公安厅')).toEqual([
      '省卫生健康委',
      '教育厅',
      '交通运输厅',
      '文化和旅游厅',
      '公安厅',
    ]);
    expect(splitUnits('市住房和城乡建设局')).toEqual(['市住房和城乡建设局']);
  });

  it('splits on 和 / 及 / 以及 where they join two units', () => {
    expect(splitUnits('市财政局和市税务局')).toEqual(['市财政局', '市税务局']);
    expect(splitUnits('市级相关单位和各区县政府')).toEqual(['市级相关单位', '各区县政府']);
    expect(splitUnits('市政务服务和数字化管理局、市市场监管局及市级相关单位')).toEqual([
      '市政务服务和数字化管理局',
      '市市场监管局',
      '市级相关单位',
    ]);
    expect(splitUnits('市民政局、团市委、市妇联及其他市级部门')).toEqual(['市民政局', '团市委', '市妇联', '其他市级部门']);
    expect(splitUnits('市法院以及市检察院')).toEqual(['市法院', '市检察院']);
  });

  it('never splits inside brackets or quotes', () => {
    expect(splitUnits('人行成都分行(省外汇局)')).toEqual(['人行成都分行(省外汇局)']);
    expect(splitUnits('省市场监管局(省民营办)、省法院')).toEqual(['省市场监管局(省民营办)', '省法院']);
    expect(splitUnits('市市场监管局、市市场监管领域部门联合“双随机、一公开”监管联席会议成员单位')).toEqual([
      '市市场监管局',
      '市市场监管领域部门联合“双随机、一公开”监管联席会议成员单位',
    ]);
    expect(splitUnits('各县（区、市）人民政府，市财政局')).toEqual(['各县（区、市）人民政府', '市财政局']);
  });

  it('keeps odd but real unit spellings as written', () => {
    expect(splitUnits('市场监管局')).toEqual(['市场监管局']);
    expect(splitUnits('企业联合会/企业家协会')).toEqual(['企业联合会/企业家协会']);
    expect(splitUnits('省高等法院、省高等学校招生委员会')).toEqual(['省高等法院', '省高等学校招生委员会']);
  });

  it('accepts full-width commas, semicolons, PDF spaces and HTML left in cells', () => {
    expect(splitUnits('市经济和信息化局，国网资阳供电公司')).toEqual(['市经济和信息化局', '国网资阳供电公司']);
    expect(splitUnits('市税务局；市财政局;市商务局')).toEqual(['市税务局', '市财政局', '市商务局']);
    expect(splitUnits('市税务局、人行资阳市中 心支行')).toEqual(['市税务局', '人行资阳市中心支行']);
    expect(splitUnits('<p>市政务服务大数据管理局、市级有关部门</p>')).toEqual(['市政务服务大数据管理局', '市级有关部门']);
  });

  it('drops empty pieces and duplicates', () => {
    expect(splitUnits('')).toEqual([]);
    expect(splitUnits('  、，')).toEqual([]);
    expect(splitUnits('市税务局、、市税务局、')).toEqual(['市税务局']);
  });

  it('splits the unit lists of marker lines', () => {
    expect(splitUnits('市发展改革委、市财政局，各县（市、区）人民政府')).toEqual(['市发展改革委', '市财政局', '各县（市、区）人民政府']);
    expect(splitUnits('各县（市、区）政府、开发区管委会')).toEqual(['各县（市、区）政府', '开发区管委会']);
  });
});
