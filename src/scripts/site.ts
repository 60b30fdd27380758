// Every page: "/" focuses the header search box; the service worker keeps the site usable
// offline after one visit.
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
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('/sw.js').catch(() => { /* offline use stays unavailable; the site still works */ });
}
