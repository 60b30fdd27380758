#!/usr/bin/env node
// Serves a built site folder over HTTP on localhost, with no network access needed: for
// `npm start`, for closed networks, and inside the offline bundle. Plain JavaScript on purpose,
// so it runs on any Node ≥ 18 without the project's dependencies.
//   node serve.mjs [folder=dist] [--port 4321] [--host 127.0.0.1]
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const root = resolve(positional[0] ?? 'dist');
const port = Number(opt('--port', process.env.PORT ?? '4321'));
const host = opt('--host', '127.0.0.1');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.webmanifest': 'application/manifest+json',
  '.png': 'image/png', '.ico': 'image/x-icon', '.wasm': 'application/wasm', '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream', '.zip': 'application/zip', '.gz': 'application/gzip',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root} has no index.html — build the site first (npm run build)`);
  process.exit(1);
}

const gzCache = new Map();
/** Gzipped bytes of a file, kept while its modification time is unchanged. */
function gzipped(file) {
  const st = statSync(file);
  const mtime = `${st.mtimeMs}:${st.size}`;
  const hit = gzCache.get(file);
  if (hit && hit.mtime === mtime) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzCache.set(file, { mtime, body });
  return body;
}

const server = createServer((req, res) => {
  let path;
  try { path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname); } catch { res.writeHead(400).end('bad request'); return; }
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403).end('forbidden'); return; }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    const notFound = join(root, '404.html');
    res.writeHead(404, { 'Content-Type': TYPES['.html'] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res); else res.end('404 not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Text is sent gzip-compressed when the browser accepts it, as any production server would.
  if (/^(text\/|application\/(json|manifest\+json|wasm)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const body = gzipped(file);
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length, 'Cache-Control': 'no-cache', 'Vary': 'Accept-Encoding', 'X-Content-Type-Options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  // Revalidate everything: a new build (service worker included) is seen at once.
  const cache = 'no-cache';
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
  if (req.method === 'HEAD') { res.end(); return; }
  createReadStream(file).pipe(res);
});
server.on('error', (e) => { console.error(`serve: ${e.message}${e.code === 'EADDRINUSE' ? ` — port ${port} is taken; pass --port <n>` : ''}`); process.exit(1); });
server.listen(port, host, () => {
  const actual = server.address().port;
  console.log(`营商环境方案对照 is being served from ${root}`);
  console.log(`  → http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`);
  console.log('Press Ctrl+C to stop. No network access is needed.');
});
