// The about page's offline zip control: makes the zip in the browser (make-zip.ts, loaded on the
// first click), shows files and MB done in a <progress> and a status line, lets the reader
// cancel, and saves the archive. Hidden without JavaScript (the page says so) and in the
// offline copy itself, which is already what the zip holds.
import type { ZipProgress } from './make-zip.ts';

declare const __BIZENV_FILE_SITE__: boolean | undefined;

const box = document.getElementById('offline-zip-control');
const start = document.getElementById('offline-zip-start') as HTMLButtonElement | null;
const cancel = document.getElementById('offline-zip-cancel') as HTMLButtonElement | null;
const bar = document.getElementById('offline-zip-progress') as HTMLProgressElement | null;
const status = document.getElementById('offline-zip-status');
const mb = (n: number) => (n / 1e6).toFixed(1);
/** Status text at most this often: a live region read out on every file would drown a screen reader. */
const SAY_EVERY_MS = 2000;

if (typeof __BIZENV_FILE_SITE__ !== 'undefined' || location.protocol === 'file:') {
  document.getElementById('offline-zip-here')?.removeAttribute('hidden');
} else if (box && start && cancel && bar && status) {
  box.hidden = false;
  let said = 0;
  const show = (p: ZipProgress, force = false) => {
    bar.max = Math.max(p.totalBytes, 1);
    bar.value = p.bytes;
    bar.setAttribute('aria-valuetext', `${p.files} / ${p.totalFiles} 个文件，${mb(p.bytes)} / ${mb(p.totalBytes)} MB`);
    if (!force && performance.now() - said < SAY_EVERY_MS) return;
    said = performance.now();
    status.textContent = `正在生成：已完成 ${p.files} / ${p.totalFiles} 个文件，${mb(p.bytes)} / ${mb(p.totalBytes)} MB`;
  };
  start.addEventListener('click', async () => {
    const controller = new AbortController();
    const stop = () => controller.abort();
    start.disabled = true;
    cancel.hidden = false;
    bar.hidden = false;
    cancel.addEventListener('click', stop, { once: true });
    status.textContent = '正在准备……';
    try {
      const { makeOfflineZip } = await import('./make-zip.ts');
      let last: ZipProgress | null = null;
      const { blob, name } = await makeOfflineZip(controller.signal, (p) => { last = p; show(p); });
      if (last) show(last, true);
      const url = URL.createObjectURL(blob);
      const a = Object.assign(document.createElement('a'), { href: url, download: name });
      a.click();
      // The browser has taken the file once the click's download started; the URL is freed later.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      status.textContent = `已生成 ${name}（${mb(blob.size)} MB），请在浏览器的下载列表中查看。`;
    } catch (e) {
      status.textContent = controller.signal.aborted ? '已取消。' : `生成失败：${(e as Error).message}。请稍后重试。`;
    } finally {
      cancel.removeEventListener('click', stop);
      start.disabled = false;
      cancel.hidden = true;
      bar.hidden = true;
    }
  });
}
