// Browser mode (DESIGN.md): builds the app, then serves it with the local services host on
// http://127.0.0.1:$LEAD_CENTER_PORT (default 5174) until Ctrl+C.
// Usage: node scripts/web.mjs [--no-build]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const buildScript = fileURLToPath(new URL('./build.mjs', import.meta.url));
const hostScript = fileURLToPath(new URL('../dist/host/host.mjs', import.meta.url));

/** @param {string[]} args @returns {Promise<number>} */
function runNode(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (!process.argv.includes('--no-build')) {
  const code = await runNode([buildScript]);
  if (code !== 0) {
    console.error('The build failed; not starting the services host.');
    process.exit(code);
  }
}

if (!existsSync(hostScript)) {
  console.error(`${hostScript} is missing; run without --no-build (or "npm run build") first.`);
  process.exit(1);
}

// The host prints its URL itself once it is listening.
const host = spawn(process.execPath, [hostScript], { stdio: 'inherit' });
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (host.exitCode === null) host.kill(signal);
  });
}
host.once('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
