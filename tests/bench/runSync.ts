// `npm run bench:sync`: only the replication figures of `npm run bench` (issue 7).
import { fileURLToPath } from 'node:url';
import { benchSync } from './sync';

const leadCount = Number(process.env.BENCH_LEADS ?? 100_000);
const root = fileURLToPath(new URL('../..', import.meta.url));
const figures = await benchSync(root, leadCount);
console.log('\nFigures');
for (const figure of figures) console.log(`| ${figure.name} | ${figure.value} | ${figure.target ?? ''} |`);
