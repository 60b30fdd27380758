import type { MetaField } from '../model/schema.ts';

/** Chinese names of the metadata fields, as the plan page and `npm run check:plan` print them. */
export const META_FIELD_NAMES: Record<MetaField, string> = {
  title: '标题', issuer: '发文机关', docNumber: '文号', issueDate: '成文日期',
  region: '地区', province: '所属省份', level: '层级', year: '年度',
};

/** Chinese names of the artefact kinds (README, "Fidelity"); a kind not listed shows as written. */
export const ARTEFACT_NAMES: Record<string, string> = {
  'markdown-heading': 'Markdown 标题符号', 'markdown-bold': 'Markdown 加粗符号', 'markdown-link': 'Markdown 链接符号',
  'markdown-list': 'Markdown 列表符号', 'markdown-list-marker': 'Markdown 列表标记', 'markdown-rule': 'Markdown 分隔行',
  'html-p-tag': 'HTML 段落标签', 'repeated-header': '跨页重复表头', 'repeated-group-cell': '跨页重复分组单元格',
  'duplicated-continuation': '跨页重复的续行', 'leader-list-separator': '补加的人名顿号', 'stray-space': '多余空格',
  'page-break': '分页断行', 'byte-order-mark': '字节顺序标记（BOM）', crlf: 'Windows 换行符',
};
