// `npm run seed-demo -- --leads N [--seed S]`: opens Lead Center and fills an empty local
// database with N deterministic demo leads (the same seed gives the same leads). The desktop
// app is used when Electron is installed; otherwise browser mode, whose URL is printed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoSeedArgs, parseDemoSeedRequest } from '../core/demo/demoSeedRequest';

const root = fileURLToPath(new URL('..', import.meta.url));

function electronBinary(): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, env });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const request = parseDemoSeedRequest(demoSeedArgs(process.argv.slice(2)));
if (request === null) {
  console.error('Usage: npm run seed-demo -- --leads N [--seed S]   (N from 1 to 100,000)');
  process.exit(2);
}
if (!request.ok) {
  console.error(request.error);
  process.exit(2);
}
const { count, seed } = request.value;

if ((await run(process.execPath, [path.join(root, 'scripts', 'build.mjs')])) !== 0) process.exit(1);

const electron = electronBinary();
if (electron !== null) {
  console.log(`Opening Lead Center to add ${count.toLocaleString('en')} demo leads (seed ${seed}) to an empty database…`);
  process.exit(await run(electron, ['.', `--leads=${count}`, `--seed=${seed}`]));
}

const port = process.env.LEAD_CENTER_PORT ?? '5174';
console.log(
  [
    'Electron is not installed here (see README), so the demo data goes into browser mode.',
    `Open http://127.0.0.1:${port}/?seed-demo=${count}&seed=${seed} in Chromium or Chrome;`,
    'the leads are added when the database there is empty. Ctrl+C stops the host.',
  ].join('\n'),
);
process.exit(await run(process.execPath, [path.join(root, 'dist', 'host', 'host.mjs')], { ...process.env, LEAD_CENTER_PORT: port }));
