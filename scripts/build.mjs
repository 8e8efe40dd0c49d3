// Builds what the app runs from:
//   dist/renderer/          the React UI (renderer/vite.config.ts)
//   dist/electron/main.cjs  Electron main process (CommonJS: package.json is "type": "module")
//   dist/electron/preload.cjs  sandboxed preload, one self-contained file
//   dist/host/host.mjs      the local services host for browser mode (`npm run web`)
// Usage: node scripts/build.mjs [renderer] [electron] [host]   (no target = all of them)
import { readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * A Node-side bundle through Vite's SSR build (Node resolution, builtins left alone), with every
 * dependency bundled in: the packaged app ships no node_modules, and a sandboxed preload can
 * only require('electron').
 * @param {{ entry: string, outDir: string, fileName: string, format: 'cjs' | 'es', target: string, external: (string | RegExp)[], treeshake?: { manualPureFunctions?: string[] } }} bundle
 * @returns {import('vite').InlineConfig}
 */
function nodeBundle({ entry, outDir, fileName, format, target, external, treeshake = {} }) {
  return {
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    ssr: { noExternal: true, target: 'node' },
    // i18n-iso-countries' Node entry require()s every language file by a computed name, which a
    // bundle cannot follow; core registers English itself, so take the plain library.
    resolve: { alias: [{ find: /^i18n-iso-countries$/, replacement: path.join(root, 'node_modules', 'i18n-iso-countries', 'index.js') }] },
    build: {
      ssr: path.join(root, entry),
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      target,
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      rolldownOptions: {
        external,
        treeshake,
        output: { format, entryFileNames: fileName },
      },
    },
  };
}

/** A sandboxed preload that requires anything but 'electron' fails at run time, so fail here. */
async function assertRequiresOnlyElectron(file) {
  const code = await readFile(file, 'utf8');
  const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
  const others = required.filter((name) => name !== 'electron');
  if (others.length > 0) {
    throw new Error(`${path.relative(root, file)} requires ${others.join(', ')}; a sandboxed preload may only require 'electron'`);
  }
}

const targets = {
  async renderer() {
    await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  },
  async electron() {
    const outDir = path.join(dist, 'electron');
    await rm(outDir, { recursive: true, force: true });
    // Electron 45 embeds a Node newer than 22.
    const shared = { outDir, format: /** @type {const} */ ('cjs'), target: 'node22', external: ['electron', ...nodeBuiltins] };
    await build(nodeBundle({ ...shared, entry: 'electron/main/main.ts', fileName: 'main.cjs' }));
    await build(
      nodeBundle({
        ...shared,
        entry: 'electron/preload/preload.ts',
        fileName: 'preload.cjs',
        external: ['electron'],
        // The preload needs only channel names from core/desktop-api, not its zod schemas;
        // zod calls are pure there, so the schemas drop out and the preload stays ~1 kB.
        treeshake: { manualPureFunctions: ['z'] },
      }),
    );
    await assertRequiresOnlyElectron(path.join(outDir, 'preload.cjs'));
  },
  async host() {
    const outDir = path.join(dist, 'host');
    await rm(outDir, { recursive: true, force: true });
    await build(
      nodeBundle({ outDir, entry: 'electron/host/host-cli.ts', fileName: 'host.mjs', format: 'es', target: 'node20', external: nodeBuiltins }),
    );
  },
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in targets));
if (unknown.length > 0) {
  console.error(`Unknown build target ${unknown.join(', ')}; choose from ${Object.keys(targets).join(', ')}`);
  process.exit(2);
}

for (const name of requested.length > 0 ? requested : Object.keys(targets)) {
  const started = performance.now();
  try {
    await targets[/** @type {keyof typeof targets} */ (name)]();
  } catch (error) {
    // Vite has already printed the details.
    console.error(`Building ${name} failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    process.exit(1);
  }
  console.log(`built ${name} in ${Math.round(performance.now() - started)} ms`);
}
