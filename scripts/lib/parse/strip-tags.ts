import { logArtefact, type ParseLog } from './parse-log.ts';

// The extraction wraps some cells in HTML: "<p>16.开展…</p> <p>①</p>", "<p>刘华 彬</p>"; markdown
// tables break lines inside a cell with "<br>" ("| 推进…；<br>实现… |"), which becomes a line break.
const TAG = /<\/?(p|br|span|div)\b[^>]*>/gi;

/** Removes HTML tags left by the extraction, counting each as `html-<tag>-tag` ("html-p-tag"); "<br>" becomes "\n". */
export function stripTags(text: string, line: number, log: ParseLog): string {
  return text.replace(TAG, (tag: string, name: string) => {
    const br = name.toLowerCase() === 'br';
    logArtefact(log, `html-${name.toLowerCase()}-tag`, line, tag, br ? '\n' : '');
    return br ? '\n' : '';
  });
}
