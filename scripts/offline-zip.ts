/**
 * Makes the offline zip of a built site from the command line, the same archive the about page
 * makes in the browser: `node scripts/offline-zip.ts [site folder, default dist] [zip, default
 * bizenv-atlas-offline.zip]`. For site operators who want the file without a browser.
 */
import { resolve } from 'node:path';
import { writeOfflineZip } from './offline-zip-fs.ts';

const [site = 'dist', zip = 'bizenv-atlas-offline.zip'] = process.argv.slice(2);
const t0 = performance.now();
try {
  const bytes = await writeOfflineZip(resolve(site), resolve(zip));
  console.log(`${resolve(zip)}: ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
} catch (e) {
  console.error(`offline zip: ${(e as Error).message}`);
  process.exitCode = 1;
}
