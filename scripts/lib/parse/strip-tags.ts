import { logArtefact, type ParseLog } from './parse-log.ts';

// The extraction wraps some cells in HTML: "<p>16.开展…</p> <p>①</p>", "<p>刘华 彬</p>".
const TAG = /<\/?(p|br|span|div)\b[^>]*>/gi;

/** Removes HTML tags left by the extraction, counting each as `html-<tag>-tag` ("html-p-tag"). */
export function stripTags(text: string, line: number, log: ParseLog): string {
  return text.replace(TAG, (tag: string, name: string) => {
    logArtefact(log, `html-${name.toLowerCase()}-tag`, line, tag);
    return '';
  });
}
