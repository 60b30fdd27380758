/** Artefact kinds that remove or add visible characters, each documented in README "Fidelity". */
export const ARTEFACT_KINDS = new Set([
  'markdown-heading', 'markdown-bold', 'markdown-link', 'markdown-list', 'markdown-list-marker', 'markdown-rule',
  'markdown-table-pipe', 'markdown-escape', 'html-br-tag', 'excel-quote',
  'html-p-tag', 'repeated-header', 'repeated-group-cell', 'duplicated-continuation', 'leader-list-separator',
]);
