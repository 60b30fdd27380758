/**
 * The plan's name as its covering notice gives it. The notice text quotes it where it hands the
 * plan over ("现将《XX市优化营商环境实施方案》印发给你们", "《…》已经市政府同意，现印发给你们"),
 * often after quoting other documents ("根据《国务院办公厅关于…》…"), so the quote next to
 * 印发/已经 wins; then a quote in the title ("关于印发《…》的通知"); then the title's words
 * between 印发 and 的通知 ("关于印发XX市优化营商环境实施方案的通知"); then the first quote.
 */

/** Quoted names with what follows and precedes them. */
function quotes(text: string): { name: string; before: string; after: string }[] {
  return [...text.matchAll(/《([^《》]+)》/gu)].map((m) => ({
    name: m[1]!, before: text.slice(Math.max(0, m.index - 3), m.index), after: text.slice(m.index + m[0].length, m.index + m[0].length + 6),
  }));
}

/** The plan name quoted or named by a notice; null when it names none. */
export function noticePlanName(title: string | null, text: string): string | null {
  const handed = quotes(text).find((q) => /^(?:已经|已|印发|现印发|经)/u.test(q.after) || /(?:现将|将)$/u.test(q.before));
  if (handed) return handed.name;
  const inTitle = title ? quotes(title.replace(/^《|》$/gu, ''))[0] : undefined;
  if (inTitle) return inTitle.name;
  // Web pages quote the whole title and mark the plan with 〈〉 inside it: "《…关于印发〈XX工作要点〉的通知》".
  const named = title ? /(?:印发|转发)(.+?)的通知》?$/u.exec(title)?.[1]?.replace(/^[〈<](.+)[〉>]$/u, '$1') : undefined;
  if (named) return named;
  return quotes(text)[0]?.name ?? null;
}
