// Plan and indicator pages: when a search result brought the reader here (?hl=…), mark the
// query where the link points, exactly, and bring the first mark into view. Nothing else runs.
// An async function, not top-level await: the offline copy runs this as a classic script.
async function highlight(hl: string): Promise<void> {
  const [{ parseQuery }, { markText }] = await Promise.all([import('../lib/search/parse-query.ts'), import('../lib/search/mark-text.ts')]);
  const terms = parseQuery(hl).folded;
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const scope = target?.closest('article, tr, section, .plan-body') ?? document.querySelector('.plan-body, main');
  if (scope && terms.length > 0) {
    const marks = markText(scope, terms);
    if (marks.length === 0 && scope !== document.querySelector('main')) markText(document.querySelector('main')!, terms);
    (target ?? marks[0])?.scrollIntoView({ block: 'start' });
  }
}

const hl = new URLSearchParams(location.search).get('hl');
if (hl) void highlight(hl);

export {};
