import type { Piece } from './shared-spans.ts';

/**
 * An excerpt's pieces as plain strings for JSON: even positions plain text, odd positions
 * shared wording (the first may be ""), neighbours of one kind merged. Half the bytes of
 * `{text, shared}` objects in a plan's similar.json.
 */
export function excerptStrings(pieces: readonly Piece[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    // The last string's kind is its position's parity: odd is shared.
    const lastShared = out.length % 2 === 0;
    if (out.length === 0) out.push(...(p.shared ? ['', p.text] : [p.text]));
    else if (lastShared === p.shared) out[out.length - 1] += p.text;
    else out.push(p.text);
  }
  return out;
}
