// Part of `npm run bench`: the full rescoring of 100,000 leads in Node (the arithmetic the Web
// Worker runs), against the same formula written as a plain function over the same leads in the
// same run; and one lead's incremental rescore. Figures only, no pass/fail.
import { performance } from 'node:perf_hooks';
import { createLeadBrain } from '../../core/brain/leadBrain';
import { generateDemoEventsForLead } from '../../core/demo/generateDemoEvents';
import { generateDemoLeads } from '../../core/demo/generateDemoLeads';
import type { LeadEvent } from '../../core/model/event';
import type { Lead } from '../../core/model/lead';
import { industries } from '../../core/reference/industries';
import { compileScoring } from '../../core/scoring/compileScoring';
import { defaultLeadSettings } from '../../core/settings/leadSettings';
import { median, percentile } from './measure';
import { plainScore } from './plainScoring';

const count = Number(process.env.BENCH_LEADS ?? 100_000);
const now = Date.UTC(2026, 10, 23, 12);

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Best of `rounds` (the first round also warms the JIT). */
function best(rounds: number, run: () => void): number {
  let min = Infinity;
  for (let i = 0; i < rounds; i++) min = Math.min(min, time(run));
  return min;
}

export function benchScoring(): { name: string; value: string; target?: string }[] {
  console.log(`Scoring benchmark: ${count.toLocaleString('en')} demo leads with their events (Node ${process.version})`);
  const generationStart = performance.now();
  const leads: Lead[] = generateDemoLeads({ count, seed: 42, now, ownerId: 'bench', teamId: 'bench' });
  const generationMs = performance.now() - generationStart;
  const events: LeadEvent[][] = leads.map((l) => generateDemoEventsForLead(l).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id)));
  const eventCount = events.reduce((sum, list) => sum + list.length, 0);
  console.log(`  ${eventCount.toLocaleString('en')} events`);

  const settings = defaultLeadSettings;
  const brain = createLeadBrain(settings);
  // Both formulas score the same leads with the level the brain derived, so only the formula differs.
  const assessed = leads.map((l, i) => ({ ...l, ...brain.derive(l, events[i] ?? [], now) }));
  const engine = compileScoring(settings.scoring);
  const partial = new Set(industries.slice(5).map((i) => i.toLowerCase()));

  let mismatches = 0;
  for (let i = 0; i < assessed.length; i++) {
    const lead = assessed[i] as Lead;
    if (engine(lead, events[i] ?? [], now).score !== plainScore(lead, events[i] ?? [], now, partial)) mismatches++;
  }

  let sink = 0;
  // Engine and plain function alternate round by round, so a busy moment of the machine hits
  // both alike; the best round of each is reported.
  let engineMs = Infinity;
  let plainMs = Infinity;
  for (let round = 0; round < 9; round++) {
    engineMs = Math.min(
      engineMs,
      time(() => {
        for (let i = 0; i < assessed.length; i++) sink += engine(assessed[i] as Lead, events[i] ?? [], now).score;
      }),
    );
    plainMs = Math.min(
      plainMs,
      time(() => {
        for (let i = 0; i < assessed.length; i++) sink += plainScore(assessed[i] as Lead, events[i] ?? [], now, partial);
      }),
    );
  }
  const deriveMs = best(3, () => {
    for (let i = 0; i < leads.length; i++) sink += brain.derive(leads[i] as Lead, events[i] ?? [], now).score;
  });

  // One lead's incremental rescore, as after a logged event: engagement + score for that lead.
  const samples: number[] = [];
  for (let i = 0; i < Math.min(20_000, leads.length); i++) {
    const start = performance.now();
    sink += brain.derive(leads[i] as Lead, events[i] ?? [], now).score;
    samples.push(performance.now() - start);
  }
  if (sink === -1) console.log('unreachable');

  const ratio = engineMs / plainMs;
  const figures = [
    { name: `demo leads generated (npm run seed-demo's generator), ${count.toLocaleString('en')}`, value: `${generationMs.toFixed(0)} ms`, target: '< 2 s' },
    { name: `score formula, engine (compiled model), ${count.toLocaleString('en')} leads`, value: `${engineMs.toFixed(0)} ms` },
    { name: `score formula, plain hand-written function, same leads`, value: `${plainMs.toFixed(0)} ms` },
    { name: 'engine ÷ plain', value: `${ratio.toFixed(2)}×`, target: '≤ 1.5×' },
    { name: 'leads where engine and plain scores differ', value: String(mismatches), target: '0' },
    { name: `full rescoring (engagement level + score), ${count.toLocaleString('en')} leads`, value: `${deriveMs.toFixed(0)} ms` },
    { name: 'one lead incremental rescore, median', value: `${((median(samples) ?? 0) * 1000).toFixed(1)} µs`, target: '< 1 ms' },
    { name: 'one lead incremental rescore, p99', value: `${((percentile(samples, 99) ?? 0) * 1000).toFixed(1)} µs` },
  ];
  for (const f of figures) console.log(`  ${f.name}: ${f.value}${f.target ? `   (goal ${f.target})` : ''}`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) benchScoring();
