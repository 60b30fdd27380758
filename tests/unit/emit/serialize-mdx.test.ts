import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { buildPlans } from '../../../scripts/lib/build-plans.ts';
import { planToMdast } from '../../../scripts/lib/emit/plan-to-mdast.ts';
import { toMarkdown } from 'mdast-util-to-markdown';
import { MDX_OPTIONS, serializeMdx } from '../../../scripts/lib/emit/serialize-mdx.ts';
import { CURATED, SEEDS } from '../../golden/seeds.ts';

// serializeMdx writes text holding no escapable character as it is (the `text` handler's fast
// path); this must never change a byte of the output.
const hostileDir = resolve(import.meta.dirname, '../../fixtures/hostile');
const hostile = readdirSync(hostileDir).filter((n) => n.includes('恶意')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(hostileDir, name))) }));

const para = (value: string, after?: string): Root => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'text', value }, ...(after ? [{ type: 'strong' as const, children: [{ type: 'text' as const, value: after }] }] : [])] }],
});

describe('serializeMdx text fast path', () => {
  it('writes every seed and the hostile plan exactly as the default text handler does', () => {
    const { plans } = buildPlans([...SEEDS, ...hostile], CURATED);
    expect(plans.length).toBe(SEEDS.length + hostile.length);
    for (const plan of plans) {
      const tree = planToMdast(plan);
      expect(serializeMdx(tree), plan.slug).toBe(toMarkdown(tree, MDX_OPTIONS));
    }
  });
  it('writes tricky texts exactly as the default text handler does', () => {
    const texts = ['纯中文文本', 'export const a = 1', 'import 改革方案', 'a\\*b', '末尾反斜杠\\', '1. 列表', '# 标题', '<div>', '{x}', 'a_b_c', '全角＊号', 'e', 'i', ' 前后空格 ', 'line\nbreak', 'http://example.com'];
    for (const t of texts) for (const after of [undefined, '强', '\\', '*']) {
      const tree = para(t, after);
      expect(serializeMdx(tree), JSON.stringify([t, after])).toBe(toMarkdown(tree, MDX_OPTIONS));
    }
  });
  it('leaves a Chinese paragraph as it is and still escapes markdown syntax', () => {
    expect(serializeMdx(para('优化营商环境，提升服务。'))).toBe('优化营商环境，提升服务。\n');
    expect(serializeMdx(para('*强调* 与 {表达式}'))).toBe('\\*强调\\* 与 \\{表达式}\n');
  });
});
