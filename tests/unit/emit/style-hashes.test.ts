import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addStyleHashes } from '../../../scripts/lib/emit/style-hashes.ts';
import { cspHash } from '../../../src/lib/csp-hash.ts';

const page = (csp: string, body: string) => `<html><head><meta http-equiv="Content-Security-Policy" content="${csp}">${body}</head><body></body></html>`;
const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

describe('cspHash', () => {
  it('is the base64 SHA-256 of the exact text, quoted as CSP wants it', () => {
    expect(cspHash('a{b:c}')).toBe(`'sha256-${createHash('sha256').update('a{b:c}').digest('base64')}'`);
    expect(cspHash('body{}')).not.toBe(cspHash('body{} '));
  });
});

describe('addStyleHashes', () => {
  it('adds each inline style\'s hash to style-src, once, and nothing else', () => {
    const html = page(POLICY, '<style>h1{color:red}</style><style>p{margin:0}</style><style>h1{color:red}</style>');
    const out = addStyleHashes(html, 'x.html');
    const csp = /content="([^"]+)"/.exec(out)![1]!;
    expect(csp).toBe(`default-src 'self'; script-src 'self'; style-src 'self' ${cspHash('h1{color:red}')} ${cspHash('p{margin:0}')}; img-src 'self' data:`);
    expect(out.replace(csp, POLICY)).toBe(html);
  });
  it('leaves a page without inline styles as it is', () => {
    const html = page(POLICY, '<link rel="stylesheet" href="/a.css">');
    expect(addStyleHashes(html, 'x.html')).toBe(html);
  });
  it('refuses a page with inline styles but no policy to add them to, naming the page', () => {
    expect(() => addStyleHashes('<html><head><style>a{}</style></head></html>', 'about/index.html')).toThrow(/about\/index\.html: found inline <style> but no Content-Security-Policy/);
  });
});
