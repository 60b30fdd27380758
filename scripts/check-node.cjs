// Runs before every npm script, on whatever Node started it (plain CommonJS, no modern syntax),
// so a machine without the bootstrapped Node gets a clear message instead of a stack trace.
'use strict';
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > 22 || (parts[0] === 22 && parts[1] >= 12);
if (!ok) {
  console.error(
    'bizenv-atlas needs Node.js >= 22.12 (Astro 7), but this is Node ' + process.version + '.\n' +
    '`npm install` puts Node 24 into node_modules/.bin (the npm package "node"), and npm scripts use it.\n' +
    'Fix: run `npm install` (it needs the npm registry), then use `npm start` / `npm test` / `npm run build`\n' +
    'rather than calling node or astro directly. If node_modules/.bin/node is missing, the install of the\n' +
    '"node" package failed: check that install scripts are allowed (package.json "allowScripts") and retry.'
  );
  process.exit(1);
}
