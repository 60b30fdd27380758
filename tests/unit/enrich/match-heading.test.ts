import { describe, expect, it } from 'vitest';
import { headingCore } from '../../../scripts/lib/enrich/heading-core.ts';
import { matchHeading } from '../../../scripts/lib/enrich/match-heading.ts';
import { content } from './content.ts';

const match = (h: string) => matchHeading(h, content.taxonomy);

describe('headingCore', () => {
  it('strips label, nested lead note, markers, spaces and punctuation', () => {
    expect(headingCore('（一）开办企业〔牵头部门（单位）：市市场监管局〕')).toBe('开办企业');
    expect(headingCore('十九、获得用地★(牵头领导: 吴勇)')).toBe('获得用地');
    expect(headingCore('十二、劳动力 市场监管 (牵头领导： 常务副市长)')).toBe('劳动力市场监管');
    expect(headingCore('十六、知识产权创造、保护和运用（牵头领导：张建红）')).toBe('知识产权创造保护和运用');
    expect(headingCore('四、获得用水用气(牵头领')).toBe('获得用水用气');
  });
});

describe('matchHeading', () => {
  it('recognises indicator sections of 自贡 and 资阳 whatever their notes', () => {
    expect(match('（一）开办企业〔牵头部门（单位）：市市场监管局〕')).toBe('starting-business');
    expect(match('(三) 获得电力〔牵头部门（单位）：市发展改革委〕')).toBe('electricity');
    expect(match('四、获得用水用气(牵头领导:吴勇)')).toBe('water-gas');
    expect(match('十六、知识产权创造、保护和运用（牵头领导：张建红）')).toBe('intellectual-property');
    expect(match('十九、获得用地★(牵头领导: 吴勇)')).toBe('land');
    expect(match('二十一、民营经济★ (牵头领导: 刘延安)')).toBe('private-economy');
    expect(match('(十二)获得电力流程')).toBe('electricity');
  });

  it('prefers the longest name: 劳动力市场监管 is the labour market, not 市场监管', () => {
    expect(match('十二、劳动力 市场监管 (牵头领导： 常务副市长)')).toBe('labor-market');
    expect(match('十七、市场监管（牵头领导：张建红）')).toBe('market-regulation');
  });

  it('accepts a short verb around the name (巫山) but not a theme that mentions one (四川)', () => {
    expect(match('（三）优化劳动力市场监管（牵头单位：县人力社保局）')).toBe('labor-market');
    expect(match('（二）加强知识产权创造、保护和运用（牵头单位：县市场监管局）')).toBe('intellectual-property');
    expect(match('四、提升政务服务质效')).toBeNull();
    expect(match('(十九)加大知识产权保护力度')).toBeNull();
    expect(match('（二）优化水电气接入服务（牵头单位：县城管局、县经济信息委、国网巫山供电公司）')).toBeNull();
    expect(match('二、营商环境指标提升重点任务')).toBeNull();
  });

  it('finds general sections anywhere in the heading', () => {
    expect(match('三、保障措施')).toBe('general');
    expect(match('六、加强组织保障')).toBe('general');
    expect(match('四、加强优化营商环境实施保障')).toBe('general');
  });
});
