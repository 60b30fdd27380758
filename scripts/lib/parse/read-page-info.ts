/**
 * Lines a government web page puts around a document, copied along with its text: the
 * information table ("索引号：…", "发文机关：…", "成文日期：…", "标题：…", "文号：…") and the page's
 * own lines ("来源：XX市人民政府办公室", "发布时间：2019-11-20 10:00", "字号：大 中 小",
 * "【打印】【关闭】"). They stay in the model as notice paragraphs; the information table also
 * gives metadata. One line may hold several pairs ("发布时间:2023-03-15 09:28信息来源:XX办公室").
 */

/** What a labelled value tells: a metadata field, or nothing (page furniture). */
export type PageInfoField = 'issuer' | 'docNumber' | 'date' | 'noticeTitle' | 'source' | null;

/** Labels of the information table and page lines, one entry per label (examples tested in tests/unit/parse/header-recognisers.test.ts). */
export const PAGE_INFO_LABELS: readonly { label: string; field: PageInfoField; example: string }[] = [
  { label: '发文机关', field: 'issuer', example: '发文机关：厦门市人民政府办公室' },
  { label: '发布机构', field: 'issuer', example: '发布机构：泰州市人民政府办公室' },
  { label: '发文字号', field: 'docNumber', example: '发文字号：厦府办〔2019〕116号' },
  { label: '文号', field: 'docNumber', example: '文号：泰政办发〔2019〕83号' },
  { label: '成文日期', field: 'date', example: '成文日期：2019年11月6日' },
  { label: '标题', field: 'noticeTitle', example: '标题：厦门市人民政府办公室关于印发…的通知' },
  { label: '信息来源', field: 'source', example: '信息来源：XX市人民政府办公室' },
  { label: '来源', field: 'source', example: '来源：XX市人民政府办公室' },
  { label: '索引号', field: null, example: '索引号：11350200MB0123456X/2019-01234' },
  { label: '主题分类', field: null, example: '主题分类：综合政务' },
  { label: '发布日期', field: null, example: '发布日期：2024-03-01' },
  { label: '发布时间', field: null, example: '发布时间：2019-11-20 10:00' },
  { label: '时间', field: null, example: '时间：2024-03-01' },
  { label: '字号', field: null, example: '字号：大 中 小' },
  { label: '浏览次数', field: null, example: '浏览次数：1234' },
  { label: '访问量', field: null, example: '访问量：1234' },
  { label: '分享到', field: null, example: '分享到：' },
];

/** Page furniture without a label: "【打印】【关闭】", "[打印本页] [关闭窗口]", "打印 关闭". */
const FURNITURE = /^(?:[【[]?\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|字体\s*[:：]?\s*大\s*中\s*小|大\s*中\s*小)\s*[】\]]?\s*)+$/u;

const LABELS = [...PAGE_INFO_LABELS].sort((a, b) => b.label.length - a.label.length);
const PAIR_START = new RegExp(`(${LABELS.map((l) => l.label).join('|')})\\s*[:：]`, 'gu');

/** The labelled values of a page-information line; null when the line is not one. */
export function readPageInfo(text: string): { field: PageInfoField; label: string; value: string }[] | null {
  const t = text.trim();
  if (FURNITURE.test(t)) return [];
  const starts = [...t.matchAll(PAIR_START)];
  if (starts.length === 0 || starts[0]!.index !== 0) return null;
  return starts.map((m, i) => {
    const end = starts[i + 1]?.index ?? t.length;
    const label = m[1]!;
    return { field: LABELS.find((l) => l.label === label)!.field, label, value: t.slice(m.index + m[0].length, end).trim() };
  });
}
