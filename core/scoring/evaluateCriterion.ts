import type { Lead } from '../model/lead';
import { findJobTitle } from '../reference/jobTitles';
import { DAY_MS, pts, round } from './format';
import type { CounterName, ScoredField, ScoringCriterion } from './scoringModel';

export interface CriterionOutcome {
  achieved: number;
  reason: string;
}

type FieldValue = { kind: 'absent' } | { kind: 'text'; text: string } | { kind: 'number'; value: number } | { kind: 'list'; items: string[] } | { kind: 'invalid'; raw: string };

/** A field's path, split once: readField runs for every criterion of every lead in a full pass. */
const fieldPaths = new Map<string, [string, string | undefined]>();
function pathOf(field: ScoredField): [string, string | undefined] {
  let path = fieldPaths.get(field);
  if (path === undefined) {
    path = field.split('.') as [string, string | undefined];
    fieldPaths.set(field, path);
  }
  return path;
}

/** Reads a field defensively: records come from storage and sync, so shapes are not trusted. */
export function readField(lead: Lead, field: ScoredField): FieldValue {
  const [head, tail] = pathOf(field);
  const top: unknown = (lead as unknown as Record<string, unknown>)[head];
  const raw: unknown = tail === undefined ? top : top !== null && typeof top === 'object' ? (top as Record<string, unknown>)[tail] : undefined;
  if (raw === null || raw === undefined) return { kind: 'absent' };
  if (typeof raw === 'string') return raw.trim() === '' ? { kind: 'absent' } : { kind: 'text', text: raw.trim() };
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? { kind: 'number', value: raw } : { kind: 'invalid', raw: String(raw) };
  if (Array.isArray(raw)) {
    const items = raw.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    return items.length === 0 ? { kind: 'absent' } : { kind: 'list', items };
  }
  return { kind: 'invalid', raw: typeof raw };
}

/** A counter value, or null when it is not a usable count (NaN, negative, missing). */
export function readCounter(lead: Lead, name: CounterName): number | null {
  const counters: unknown = (lead as unknown as Record<string, unknown>).counters;
  const raw: unknown = counters !== null && typeof counters === 'object' ? (counters as Record<string, unknown>)[name] : undefined;
  if (raw === undefined) return 0;
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : null;
}

/** Highest step reached; steps need not be sorted. */
function stepPoints(steps: readonly { min: number; points: number }[], value: number): number {
  return steps.reduce((best, s) => (value >= s.min && s.points > best ? s.points : best), 0);
}

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

function asText(v: FieldValue): string | null {
  if (v.kind === 'text') return v.text;
  if (v.kind === 'number') return String(v.value);
  return null;
}

/**
 * Points a lead achieves on one criterion, capped at the criterion's max, with the reason in plain
 * words. Bad or unknown values score nothing and say why instead of throwing.
 */
export function evaluateCriterion(c: ScoringCriterion, lead: Lead, now: number): CriterionOutcome {
  const outcome = evaluateUncapped(c, lead, now);
  if (c.maxPoints >= 0 && outcome.achieved > c.maxPoints) {
    return { achieved: c.maxPoints, reason: `${outcome.reason}; capped at ${pts(c.maxPoints)}` };
  }
  if (c.maxPoints < 0 && outcome.achieved < c.maxPoints) return { achieved: c.maxPoints, reason: outcome.reason };
  return { achieved: round(outcome.achieved, 2), reason: outcome.reason };
}

function evaluateUncapped(c: ScoringCriterion, lead: Lead, now: number): CriterionOutcome {
  const e = c.evaluation;
  const info = c.informationPoints;
  const infoText = `${c.name} given: ${round(info, 2)} information ${info === 1 ? 'point' : 'points'}`;
  switch (e.kind) {
    case 'notTracked':
      return { achieved: 0, reason: `Not scored: ${e.why}` };
    case 'timeUntouched': {
      const since = lead.lastInterestAt ?? lead.createdAt;
      if (typeof since !== 'number' || !Number.isFinite(since)) return { achieved: 0, reason: 'No valid date of last interest; no penalty' };
      const days = Math.max(0, Math.floor((now - since) / DAY_MS));
      const penalty = e.steps.reduce((worst, s) => (days >= s.minDays && s.points < worst ? s.points : worst), 0);
      const basis = lead.lastInterestAt === null ? 'since the lead was created' : 'since the last sign of interest';
      return { achieved: penalty, reason: penalty < 0 ? `Untouched for ${days} days ${basis}: ${pts(penalty)}` : `Touched ${days} days ago: no penalty` };
    }
    case 'counter': {
      const count = readCounter(lead, e.counter);
      if (count === null) return { achieved: 0, reason: `Ignored an invalid ${e.counter} count` };
      const p = stepPoints(e.steps, count);
      return { achieved: p, reason: `${count} ${e.counter}: ${pts(p)}` };
    }
    case 'rate': {
      const num = readCounter(lead, e.numerator);
      const den = readCounter(lead, e.denominator);
      if (num === null || den === null) return { achieved: 0, reason: `Ignored an invalid ${num === null ? e.numerator : e.denominator} count` };
      if (num === 0) return { achieved: 0, reason: den === 0 ? `No ${e.numerator} and no ${e.denominator} yet: 0 points` : `0 of ${den} ${e.denominator}: 0 points` };
      // Seed 002: the information point is for any opens / any reply, even when sends are not recorded.
      if (den === 0) return { achieved: info, reason: `${num} ${e.numerator} with no ${e.denominator} recorded: ${pts(info)} for any; rate unknown` };
      // Repeated opens can exceed sends; a rate above 100 % means nothing more.
      const percent = Math.min(100, (num / den) * 100);
      const p = stepPoints(e.steps, percent);
      return { achieved: info + p, reason: `${num} of ${den} ${e.numerator} (${round(percent, 1)} %): ${pts(info)} for any; rate: +${pts(p)}` };
    }
    default:
      break;
  }
  const value = readField(lead, e.field);
  if (value.kind === 'absent') return { achieved: 0, reason: `${c.name} not given: 0 points` };
  if (value.kind === 'invalid') return { achieved: 0, reason: `${c.name}: ignored invalid value (${value.raw})` };
  switch (e.kind) {
    case 'present':
      return { achieved: info, reason: infoText };
    case 'inList': {
      const text = asText(value);
      const items = text === null ? (value.kind === 'list' ? value.items : []) : [text];
      if (e.values.length === 0 && e.partialValues.length === 0) return { achieved: info, reason: `${infoText}; no target list set` };
      if (items.some((i) => e.values.some((v) => same(i, v)))) return { achieved: info + c.evaluationPoints, reason: `${infoText}; in the target list: +${pts(c.evaluationPoints)}` };
      if (items.some((i) => e.partialValues.some((v) => same(i, v)))) return { achieved: info + e.partialPoints, reason: `${infoText}; partial match: +${pts(e.partialPoints)}` };
      return { achieved: info, reason: `${infoText}; not in the target list` };
    }
    case 'seniority': {
      const text = asText(value) ?? '';
      const title = findJobTitle(text);
      if (title === undefined) return { achieved: info, reason: `${infoText}; "${text}" is not a listed title, seniority unknown` };
      if (e.seniorities.includes(title.seniority)) return { achieved: info + c.evaluationPoints, reason: `${infoText}; relevant role (${title.seniority}): +${pts(c.evaluationPoints)}` };
      return { achieved: info, reason: `${infoText}; ${title.seniority} is not a target role` };
    }
    case 'optionRank': {
      const text = asText(value) ?? '';
      const option = e.ranks.find((o) => o.value === text);
      if (option === undefined) return { achieved: 0, reason: `${c.name}: unknown option "${text}" ignored` };
      if (option.rank === null) return { achieved: info, reason: `${infoText}; not disclosed, nothing to evaluate` };
      const top = Math.max(0, ...e.ranks.map((o) => o.rank ?? 0));
      const p = top === 0 ? 0 : round((c.evaluationPoints * option.rank) / top, 2);
      return { achieved: info + p, reason: `${infoText}; "${option.value}" ranks ${option.rank} of ${top}: +${pts(p)}` };
    }
    case 'optionPoints': {
      const text = asText(value) ?? '';
      const option = e.options.find((o) => o.value === text);
      if (option === undefined) return { achieved: 0, reason: `${c.name}: unknown option "${text}" ignored` };
      return { achieved: option.points, reason: `${c.name} "${option.value}": ${pts(option.points)}` };
    }
    case 'scale': {
      if (value.kind !== 'number') return { achieved: 0, reason: `${c.name}: ignored a value that is not a number` };
      const p = stepPoints(e.steps, value.value);
      return { achieved: info + p, reason: `${infoText}; ${value.value} on the scale: +${pts(p)}` };
    }
  }
}
