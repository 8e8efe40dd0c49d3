// Makes sure Electron's binary is present before `npm start`. npm's install scripts are off
// (.npmrc), so electron's own postinstall, which downloads the binary from GitHub, never ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

function isInstalled() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, 'utf8').trim();
  return executable !== '' && existsSync(path.join(electronDir, 'dist', executable));
}

if (!existsSync(path.join(electronDir, 'install.js'))) {
  console.error('node_modules/electron is missing; run "npm ci" first.');
  process.exit(1);
}

if (!isInstalled()) {
  console.log('Downloading the Electron binary (one time)…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0 || !isInstalled()) {
    console.error(
      [
        '',
        'Could not download Electron.',
        'The desktop shell needs network access to GitHub (github.com and its release downloads)',
        'to fetch the Electron binary once; a mirror can be set with ELECTRON_MIRROR.',
        'Without it, these still work:',
        '  npm run web   the app in your browser, with the local services host',
        '  npm test      type checks, lint, unit, integration and browser tests',
      ].join('\n'),
    );
    process.exit(1);
  }
}
