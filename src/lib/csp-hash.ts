import { createHash } from 'node:crypto';

/** The Content-Security-Policy source expression ('sha256-…') that allows an inline script or style whose text is exactly `text`. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
