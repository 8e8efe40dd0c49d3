import type { LeadEvent } from '../model/event';
import type { Lead } from '../model/lead';
import { findJobTitle } from '../reference/jobTitles';
import { compileBehaviour } from './behaviourPoints';
import { readCounter } from './evaluateCriterion';
import { DAY_MS, round } from './format';
import { statusApplies } from './scoreLead';
import type { ScoredField, ScoringCriterion, ScoringModel } from './scoringModel';
import { temperatureFor, type Temperature } from './temperatureFor';

/**
 * The score without the explanation: the model is compiled once into one closure per criterion
 * (lists lower-cased into sets, steps sorted), so a full pass over 100,000 leads does no string
 * work. It must give exactly scoreLead's score; compileScoring.test.ts holds the two together
 * over generated and hostile leads. The ledger is rebuilt with scoreLead when a person looks.
 */

export interface QuickScore {
  score: number;
  temperature: Temperature;
}

type Points = (lead: Lead, now: number) => number;

/** Highest step reached, as stepPoints in evaluateCriterion. */
function stepsOf(steps: readonly { min: number; points: number }[]): (value: number) => number {
  const sorted = [...steps].sort((a, b) => a.min - b.min);
  return (value) => {
    let best = 0;
    for (const s of sorted) {
      if (value < s.min) break;
      if (s.points > best) best = s.points;
    }
    return best;
  };
}

const folded = (values: readonly string[]): Set<string> => new Set(values.map((v) => v.trim().toLowerCase()));

/** The raw value at a field path, read without allocating (readField's first half). */
function rawReader(field: ScoredField): (lead: Lead) => unknown {
  const [head, tail] = field.split('.') as [string, string | undefined];
  if (tail === undefined) return (lead) => (lead as unknown as Record<string, unknown>)[head];
  return (lead) => {
    const top: unknown = (lead as unknown as Record<string, unknown>)[head];
    return top !== null && typeof top === 'object' ? (top as Record<string, unknown>)[tail] : undefined;
  };
}

/** readField's text of a usable single value ('' for a list), or null when absent or invalid. */
function textOf(raw: unknown): string | null {
  if (typeof raw === 'string') {
    const text = raw.trim();
    return text === '' ? null : text;
  }
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? String(raw) : null;
  if (Array.isArray(raw)) return usable(raw) ? '' : null;
  return null;
}

/** Whether readField would see a usable value (text, number or list), without building it. */
function usable(raw: unknown): boolean {
  if (typeof raw === 'string') return raw.trim() !== '';
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0;
  if (Array.isArray(raw)) return raw.some((x) => typeof x === 'string' && x.trim() !== '');
  return false;
}

function compileCriterion(c: ScoringCriterion): Points {
  const e = c.evaluation;
  const info = c.informationPoints;
  switch (e.kind) {
    case 'notTracked':
      return () => 0;
    case 'timeUntouched': {
      const steps = e.steps;
      return (lead, now) => {
        const since = lead.lastInterestAt ?? lead.createdAt;
        if (typeof since !== 'number' || !Number.isFinite(since)) return 0;
        const days = Math.max(0, Math.floor((now - since) / DAY_MS));
        let worst = 0;
        for (const s of steps) if (days >= s.minDays && s.points < worst) worst = s.points;
        return worst;
      };
    }
    case 'counter': {
      const step = stepsOf(e.steps);
      return (lead) => {
        const count = readCounter(lead, e.counter);
        return count === null ? 0 : step(count);
      };
    }
    case 'rate': {
      const step = stepsOf(e.steps);
      return (lead) => {
        const num = readCounter(lead, e.numerator);
        const den = readCounter(lead, e.denominator);
        if (num === null || den === null || num === 0) return 0;
        if (den === 0) return info;
        return info + step(Math.min(100, (num / den) * 100));
      };
    }
    case 'present': {
      const read = rawReader(e.field);
      return (lead) => (usable(read(lead)) ? info : 0);
    }
    case 'inList': {
      const full = folded(e.values);
      const partial = folded(e.partialValues);
      const none = e.values.length === 0 && e.partialValues.length === 0;
      const read = rawReader(e.field);
      const hit = (raw: unknown, set: Set<string>): boolean =>
        Array.isArray(raw)
          ? raw.some((i) => typeof i === 'string' && i.trim() !== '' && set.has(i.trim().toLowerCase()))
          : set.has((textOf(raw) ?? '').toLowerCase());
      return (lead) => {
        const raw = read(lead);
        if (textOf(raw) === null) return 0;
        if (none) return info;
        if (hit(raw, full)) return info + c.evaluationPoints;
        if (hit(raw, partial)) return info + e.partialPoints;
        return info;
      };
    }
    case 'seniority': {
      const wanted = new Set(e.seniorities);
      const read = rawReader(e.field);
      return (lead) => {
        const text = textOf(read(lead));
        if (text === null) return 0;
        const title = findJobTitle(text);
        return title !== undefined && wanted.has(title.seniority) ? info + c.evaluationPoints : info;
      };
    }
    case 'optionRank': {
      const top = Math.max(0, ...e.ranks.map((o) => o.rank ?? 0));
      const byValue = new Map<string, number>();
      // First option with a value wins, as Array.find in evaluateCriterion.
      for (const o of [...e.ranks].reverse()) byValue.set(o.value, o.rank === null ? info : info + (top === 0 ? 0 : round((c.evaluationPoints * o.rank) / top, 2)));
      const read = rawReader(e.field);
      return (lead) => {
        const text = textOf(read(lead));
        return text === null ? 0 : (byValue.get(text) ?? 0);
      };
    }
    case 'optionPoints': {
      const byValue = new Map<string, number>();
      for (const o of [...e.options].reverse()) byValue.set(o.value, o.points);
      const read = rawReader(e.field);
      return (lead) => {
        const text = textOf(read(lead));
        return text === null ? 0 : (byValue.get(text) ?? 0);
      };
    }
    case 'scale': {
      const step = stepsOf(e.steps);
      const read = rawReader(e.field);
      return (lead) => {
        const raw = read(lead);
        return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? info + step(raw) : 0;
      };
    }
  }
}

/** Caps and rounds as evaluateCriterion does. */
function capped(c: ScoringCriterion, points: Points): Points {
  const max = c.maxPoints;
  return (lead, now) => {
    const a = points(lead, now);
    if (max >= 0 && a > max) return max;
    if (max < 0 && a < max) return max;
    return round(a, 2);
  };
}

export function compileScoring(model: ScoringModel): (lead: Lead, events: readonly LeadEvent[], now: number) => QuickScore {
  const enabled = model.criteria.filter((c) => c.enabled);
  const lines = enabled.map((c) => ({ weight: c.weight, points: capped(c, compileCriterion(c)) }));
  const positiveMax = enabled.reduce((sum, c) => sum + (c.maxPoints > 0 ? c.maxPoints * c.weight : 0), 0);
  const maxWeighted = positiveMax + model.behaviour.maxPoints * model.behaviour.weight;
  const behaviourCounts = model.behaviour.maxPoints > 0;
  const { bands, statusPenalties, behaviour } = model;
  const behaviourOf = compileBehaviour(behaviour);
  return (lead, events, now) => {
    let weighted = 0;
    for (const line of lines) weighted += line.points(lead, now) * line.weight;
    if (behaviourCounts) weighted += (behaviourOf(lead.id, events, now)?.decayed ?? 0) * behaviour.weight;
    // Summed apart first, as scoreLead does, so the floating-point result is the same.
    let status = 0;
    for (const p of statusPenalties) if (statusApplies(p, lead)) status += p.points;
    const raw = (maxWeighted > 0 ? (weighted / maxWeighted) * 100 : 0) + status;
    const score = round(Math.min(100, Math.max(0, raw)), 1);
    return { score, temperature: temperatureFor(score, bands) };
  };
}
