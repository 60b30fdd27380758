// Every page: "/" focuses the header search box; the service worker keeps the site usable
// offline after one visit.
// The offline copy's name (site-mode.ts), not its import: every page loads this file, and an
// import shared with the search page would cost each page one more module request.
declare const __BIZENV_FILE_SITE__: boolean | undefined;

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  const box = document.getElementById('site-q') as HTMLInputElement | null;
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
// The offline copy has no service worker (it is opened from disk, or served by serve.mjs from the unzipped folder).
if ('serviceWorker' in navigator && location.protocol !== 'file:' && typeof __BIZENV_FILE_SITE__ === 'undefined') {
  navigator.serviceWorker.register('/sw.js').catch(() => { /* offline use stays unavailable; the site still works */ });
}
