import type { Lead, RuleRun } from '../model/lead';
import { fail, succeed, type Result } from '../model/result';
import { mergeFieldsFor, type MergeField } from './mergeFields';

/** At most this many leads in one merge (a change set names at most 50 leads). */
export const maxMergedLeads = 50;

/** One field where the leads disagree, with each lead's value and the default pick. */
export interface MergeFieldChoice {
  id: string;
  label: string;
  options: { leadId: string; value: string }[];
  /** The survivor's value, else the first lead's (in the order given) that has one. */
  defaultLeadId: string;
}

export interface MergePreview {
  /** Fields with two or more different values: the seller picks one. */
  choices: MergeFieldChoice[];
  /** Fields the survivor lacks that another lead fills (taken by default, no choice needed). */
  filled: { id: string; label: string; value: string; leadId: string }[];
}

/** Which lead each field's value comes from: field id → lead id. Fields left out take the default. */
export type MergeChoices = Readonly<Record<string, string>>;

function ordered(leads: readonly Lead[], survivorId: string): Lead[] {
  const survivor = leads.find((lead) => lead.id === survivorId);
  return survivor ? [survivor, ...leads.filter((lead) => lead.id !== survivorId)] : [...leads];
}

function defaultSource(field: MergeField, leads: readonly Lead[]): Lead {
  return leads.find((lead) => !field.isEmpty(lead)) ?? (leads[0] as Lead);
}

/** Checks the leads and the survivor before anything is planned. */
export function checkMerge(leads: readonly Lead[], survivorId: string): Result<Lead[]> {
  const ids = leads.map((lead) => lead.id);
  if (new Set(ids).size !== ids.length) return fail('A lead is named twice in the merge');
  if (leads.length < 2) return fail('Pick at least two leads to merge');
  if (leads.length > maxMergedLeads) return fail(`At most ${maxMergedLeads} leads can be merged at once`);
  if (!ids.includes(survivorId)) return fail('The lead to keep must be one of the leads merged');
  return succeed(ordered(leads, survivorId));
}

/** What the merge screen shows: the fields to pick and the ones filled from other leads. */
export function previewMerge(leads: readonly Lead[], survivorId: string): Result<MergePreview> {
  const checked = checkMerge(leads, survivorId);
  if (!checked.ok) return checked;
  const all = checked.value;
  const survivor = all[0] as Lead;
  const choices: MergeFieldChoice[] = [];
  const filled: MergePreview['filled'] = [];
  for (const field of mergeFieldsFor(all)) {
    const withValue = all.filter((lead) => !field.isEmpty(lead));
    const distinct = new Set(withValue.map((lead) => field.key(lead)));
    const source = defaultSource(field, all);
    if (distinct.size >= 2) {
      choices.push({ id: field.id, label: field.label, options: all.map((lead) => ({ leadId: lead.id, value: field.show(lead) })), defaultLeadId: source.id });
    } else if (field.isEmpty(survivor) && withValue.length > 0) {
      filled.push({ id: field.id, label: field.label, value: field.show(source), leadId: source.id });
    }
  }
  return succeed({ choices, filled });
}

const maxOf = (values: readonly (number | null)[]): number | null => values.reduce<number | null>((best, value) => (value === null ? best : best === null ? value : Math.max(best, value)), null);

function mergeRuleRuns(leads: readonly Lead[]): Record<string, RuleRun> {
  const runs: Record<string, RuleRun> = {};
  for (const lead of leads) {
    for (const [ruleId, run] of Object.entries(lead.ruleRuns)) {
      const seen = runs[ruleId];
      runs[ruleId] = seen
        ? { count: seen.count + run.count, firstAt: Math.min(seen.firstAt, run.firstAt), lastAt: Math.max(seen.lastAt, run.lastAt), version: Math.max(seen.version, run.version) }
        : { ...run };
    }
  }
  return runs;
}

/**
 * The survivor as it will be: each picked field from the lead chosen (default: the survivor's
 * value, else the first lead's that has one); tags united; engagement counters summed; times of
 * interest, activity and each event type the latest; rule runs combined (a one-time rule that
 * acted on either has acted); platform facts united (the survivor's first). Consent: unsubscribed
 * if any lead is (a buyer who said no stays no); bounced and opt-in follow the email kept.
 * Derived fields (score…) are the caller's to recompute; `now` becomes updatedAt.
 */
export function mergeLeads(leads: readonly Lead[], survivorId: string, choices: MergeChoices, now: number): Result<Lead> {
  const checked = checkMerge(leads, survivorId);
  if (!checked.ok) return checked;
  const all = checked.value;
  const byId = new Map(all.map((lead) => [lead.id, lead]));
  const fields = mergeFieldsFor(all);
  const known = new Set(fields.map((field) => field.id));
  for (const [fieldId, leadId] of Object.entries(choices)) {
    if (!known.has(fieldId)) return fail(`There is no field “${fieldId}” to pick`);
    if (!byId.has(leadId)) return fail(`The value for “${fieldId}” comes from a lead that is not in the merge`);
  }
  const survivor = all[0] as Lead;
  let merged: Lead = survivor;
  for (const field of fields) {
    const chosen = choices[field.id];
    const source = chosen === undefined ? defaultSource(field, all) : (byId.get(chosen) as Lead);
    if (source !== survivor) merged = field.copy(source, merged);
  }

  const emailSource = all.find((lead) => lead.email === merged.email) ?? survivor;
  const unsubscribed = all.some((lead) => lead.consent.unsubscribed);
  const counters = { ...survivor.counters };
  for (const lead of all.slice(1)) {
    for (const key of Object.keys(counters) as (keyof typeof counters)[]) counters[key] += lead.counters[key];
  }
  const lastEventAt: Record<string, number> = {};
  for (const lead of all) for (const [type, at] of Object.entries(lead.lastEventAt)) lastEventAt[type] = Math.max(lastEventAt[type] ?? at, at);
  const platformFacts: Lead['platformFacts'] = {};
  for (const lead of [...all].reverse()) Object.assign(platformFacts, lead.platformFacts);

  return succeed({
    ...merged,
    tags: [...new Set(all.flatMap((lead) => lead.tags))].slice(0, 100),
    counters,
    consent: { unsubscribed, bounced: emailSource.consent.bounced, marketingOptIn: emailSource.consent.marketingOptIn && !unsubscribed },
    lastInterestAt: maxOf(all.map((lead) => lead.lastInterestAt)),
    lastActivityAt: maxOf(all.map((lead) => lead.lastActivityAt)),
    lastEventAt,
    ruleRuns: mergeRuleRuns(all),
    platformFacts,
    updatedAt: Math.max(now, survivor.updatedAt),
  });
}
