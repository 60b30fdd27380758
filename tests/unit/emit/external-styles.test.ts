import { describe, expect, it } from 'vitest';
import { externalStyles } from '../../../scripts/lib/emit/external-styles.ts';
import { finishPage } from '../../../scripts/lib/emit/finish-page.ts';

const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'">`;

describe('externalStyles', () => {
  it('joins the head\'s styles, in order, into one sheet linked where the first was', () => {
    const head = `<html><head>${csp}<style>a{color:red}</style><title>x</title><style>p{margin:0}</style></head><body><style>b{x:y}</style></body>`;
    const { head: out, file } = externalStyles(head);
    expect(file).toEqual({ path: expect.stringMatching(/^_astro\/style-[0-9a-f]{12}\.css$/), css: 'a{color:red}\np{margin:0}' });
    expect(out).toBe(`<html><head>${csp}<link rel="stylesheet" href="/${file!.path}"><title>x</title></head><body><style>b{x:y}</style></body>`);
  });

  it('names a sheet after its text: the same styles share a file, other styles get another', () => {
    const a = externalStyles('<head><style>a{}</style></head>').file!;
    expect(externalStyles('<head><title>other page</title><style>a{}</style></head>').file!.path).toBe(a.path);
    expect(externalStyles('<head><style>b{}</style></head>').file!.path).not.toBe(a.path);
  });

  it('leaves a head with no style, or with a sheet that must come first in its file, as it is', () => {
    expect(externalStyles('<head><title>x</title></head>')).toEqual({ head: '<head><title>x</title></head>', file: null });
    const charset = '<head><style>@charset "utf-8";a{}</style><style>b{}</style></head>';
    expect(externalStyles(charset)).toEqual({ head: charset, file: null });
  });
});

describe('finishPage and shared sheets', () => {
  it('moves the head\'s styles to a sheet (no hash left to allow) unless told to keep them', () => {
    const html = `<html><head>${csp}<style>body{font-family:"微软雅黑"}</style></head><body><p>营商环境</p></body></html>`;
    const moved = finishPage(Buffer.from(html), 'x/index.html', () => []);
    expect(moved.style?.css).toBe('body{font-family:"微软雅黑"}');
    expect(moved.bytes.toString('utf8')).toContain(`<link rel="stylesheet" href="/${moved.style!.path}"></head>`);
    expect(moved.bytes.toString('utf8')).not.toContain('<style');
    expect(moved.bytes.toString('utf8')).not.toContain("'sha256-");
    const kept = finishPage(Buffer.from(html), 'search/index.html', () => [], true);
    expect(kept.style).toBeNull();
    expect(kept.bytes.toString('utf8')).toContain('<style>body{font-family:"微软雅黑"}</style>');
    expect(kept.bytes.toString('utf8')).toContain("style-src 'self' 'sha256-");
  });
});
