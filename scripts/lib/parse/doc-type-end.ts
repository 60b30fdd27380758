/**
 * A plan's title ends with the kind of document it is. One entry per kind, each with a title
 * that ends so (tests/unit/parse/header-recognisers.test.ts runs every example). A bracketed tail after
 * the kind is part of the title: "（2023—2025年）", "（试行）", "（修订）".
 */
export const DOC_TYPES: readonly { kind: string; example: string }[] = [
  { kind: '方案', example: 'XX市优化营商环境实施方案' },
  { kind: '要点', example: 'XX市深化“放管服”改革优化营商环境2021年工作要点' },
  { kind: '重点', example: '乐山市深化“放管服”改革优化营商环境2023年工作重点' },
  { kind: '意见', example: 'XX市关于进一步优化营商环境的实施意见' },
  { kind: '措施', example: 'XX市进一步优化营商环境若干措施' },
  { kind: '举措', example: 'XX区优化营商环境十大举措' },
  { kind: '计划', example: 'XX市优化营商环境三年行动计划（2023—2025年）' },
  { kind: '办法', example: 'XX市营商环境监督员管理办法（试行）' },
  { kind: '通知', example: '关于进一步优化营商环境的通知' },
  { kind: '规划', example: 'XX市“十四五”优化营商环境规划' },
  { kind: '细则', example: 'XX市优化营商环境条例实施细则' },
  { kind: '清单', example: 'XX市优化营商环境重点任务清单' },
  { kind: '规定', example: 'XX市优化营商环境若干规定' },
  { kind: '条例', example: 'XX市优化营商环境条例' },
  { kind: '政策', example: 'XX县支持民营经济发展十条政策' },
  { kind: '安排', example: 'XX市2024年优化营商环境工作安排' },
  { kind: '任务分工', example: 'XX市优化营商环境重点任务分工' },
  { kind: '行动', example: 'XX市营商环境提升年行动' },
];

/** A title ending with a document kind, optionally followed by one bracketed tail. */
export const DOC_TYPE_END = new RegExp(`(?:${DOC_TYPES.map((d) => d.kind).join('|')})(?:[（(][^（）()]{1,16}[）)])?$`, 'u');

/** A line holding only a year span or a status in brackets, which closes the title above it ("（2023—2025年）"). */
export const TITLE_TAIL = /^[（(](?:\s*(?:19|20)\d{2}\s*年?\s*(?:[—–\-－~～]{1,2}|至|到)\s*(?:19|20)\d{2}\s*年?\s*|试行|修订|征求意见稿)[）)]$/u;
