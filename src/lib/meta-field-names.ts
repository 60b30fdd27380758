import type { MetaField } from '../model/schema.ts';

/** Chinese names of the metadata fields, as the plan page and `npm run check:plan` print them. */
export const META_FIELD_NAMES: Record<MetaField, string> = {
  title: '标题', issuer: '发文机关', docNumber: '文号', issueDate: '成文日期',
  region: '地区', province: '所属省份', level: '层级', year: '年度',
};
