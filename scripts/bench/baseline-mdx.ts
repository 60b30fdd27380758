/**
 * A plan text as the baseline's bare MDX page: frontmatter title, then every non-empty line as a
 * plain paragraph, with nothing MDX or Markdown could read as syntax (ASCII punctuation is
 * backslash-escaped, a leading import/export is written as a character reference).
 */

/** The MDX of one plan; `title` is its first non-empty line. */
export function baselineMdx(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l !== '');
  const title = (lines[0] ?? '无标题').replace(/[#*]/g, '').trim();
  const paragraphs = lines.map((l) => {
    const escaped = l.replace(/[!-/:-@[-`{-~]/g, '\\$&');
    // MDX reads a paragraph starting with "import " / "export " as JavaScript.
    return /^(import|export)\b/.test(escaped) ? `&#x${escaped.charCodeAt(0).toString(16)};${escaped.slice(1)}` : escaped;
  });
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${paragraphs.join('\n\n')}\n`;
}
