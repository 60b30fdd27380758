/** A labelled item's text split into a run-in title and what follows it. */
export interface RunIn {
  /** The short first sentence with its "。" ("激发市场主体活力。"), or the whole text of a bare heading. */
  title: string | null;
  /** Text after the title; '' for a bare heading. */
  body: string;
}

const MAX_TITLE = 40;

/**
 * Splits "激发市场主体活力。持续深化…" into title and body. A first sentence longer than
 * 40 characters is not a title: "(1) 在自贸先行区试点推行“住所登记申报承诺制”，…" has none.
 */
export function splitRunIn(rest: string): RunIn {
  const stop = rest.indexOf('。');
  if (stop >= 0 && stop + 1 <= MAX_TITLE) {
    // "2.工作举措。" is a whole heading; "1.目标任务。放宽企业…" a run-in one.
    return { title: rest.slice(0, stop + 1), body: rest.slice(stop + 1) };
  }
  if (stop < 0 && rest.length <= MAX_TITLE && !/[，；：]/.test(rest)) return { title: rest, body: '' };
  return { title: null, body: rest };
}
