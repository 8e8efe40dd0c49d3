import { combineLatest, map, type Observable } from 'rxjs';
import type { RxDocumentData } from 'rxdb';
import { defaultEmailTemplateLibrary, emailTemplateLibrary, type EmailTemplateLibrary } from '../../../core/emails/emailTemplates';
import { suppressionReason } from '../../../core/emails/suppression';
import type { Lead } from '../../../core/model/lead';
import type { Rule } from '../../../core/model/rule';
import { compileRule, validateRule } from '../../../core/rules/compileRule';
import { previewRule } from '../../../core/rules/previewRule';
import { ruleTemplates } from '../../../core/rules/ruleTemplates';
import type { RuleCatalogueContext, RulePreview } from '../../../core/rules/ruleTypes';
import { effectiveGroups } from '../../../core/settings/groupSettings';
import type { LeadSettings, LeadSettingsLoad } from '../../../core/settings/leadSettings';
import { observeConfigKind } from '../configStore';
import type { DataContext } from '../context';
import type { Progress } from '../contract';
import { deepEqual } from '../deepEqual';
import { readTemplateLibrary, templateLibraryConfig } from '../emails/emailSettings';
import { queryStorage } from '../queryStorage';
import { RuleValidationError, type PreviewRequest, type RuleCenter, type RuleDraft, type RuleSummary } from '../ruleContract';
import { withoutMeta, yieldToUi } from '../storedDocuments';
import { lead as leadSchema } from '../../../core/model/lead';
import { ruleCatalogue } from './ruleCatalogue';
import { observeLog, rulePerformance } from './ruleLog';
import type { RuleRunner } from './ruleRunner';
import { changeRule, deleteRule, insertRule, observeStoredRules, readRule, readRules } from './ruleStore';
import { definitionOf, type StoredRule } from './storedRule';
import { observeTemplates, questionnaireNames } from '../questionnaires/templateStore';

export interface RuleCenterDeps {
  ctx: DataContext;
  /** The lead settings now (groups, stages) and live. */
  settings: () => LeadSettings;
  settings$: Observable<LeadSettingsLoad>;
  runner: RuleRunner;
}

const dayMs = 86_400_000;
/** Leads per read while previewing. */
const previewPage = 1_000;

function libraryFrom(raw: unknown): EmailTemplateLibrary {
  const parsed = emailTemplateLibrary.safeParse(raw);
  return parsed.success ? parsed.data : defaultEmailTemplateLibrary;
}

/** The stored fields a rule gets from the data layer, around the Rule Builder's draft. */
function ruleInput(draft: RuleDraft, existing: StoredRule | null, ctx: DataContext, now: number, id: string): Record<string, unknown> {
  return {
    ...draft,
    id,
    ownerId: existing?.ownerId ?? ctx.seller.userId,
    teamId: existing?.teamId ?? ctx.seller.teamId,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    version: existing?.version ?? 1,
  };
}

/** Definitions equal apart from bookkeeping: saving an unchanged rule is not an edit. */
function sameDefinition(a: Rule, b: Rule): boolean {
  return deepEqual({ ...a, updatedAt: 0, version: 0 }, { ...b, updatedAt: 0, version: 0 });
}

export function createRuleCenter(deps: RuleCenterDeps): RuleCenter {
  const { ctx, runner } = deps;

  const catalogue = async (): Promise<RuleCatalogueContext> =>
    ruleCatalogue(deps.settings(), await readTemplateLibrary(ctx), ctx.seller, await questionnaireNames(ctx));

  const validate = async (draft: RuleDraft) => {
    const existing = draft.id ? await readRule(ctx, draft.id) : null;
    return validateRule(ruleInput(draft, existing, ctx, ctx.clock(), draft.id ?? 'new-rule'), await catalogue());
  };

  const summaries = (rules: readonly StoredRule[], catalogueNow: RuleCatalogueContext): RuleSummary[] => {
    const now = ctx.clock();
    return rules
      .map((stored): RuleSummary => {
        const rule = definitionOf(stored);
        const compiled = compileRule(rule, catalogueNow);
        const facts = { totalRuns: stored.runState.totalRuns };
        return {
          rule,
          stats: {
            timesFired: stored.runState.totalRuns,
            leadsAffected: stored.runState.leadsAffected,
            lastFiredAt: stored.runState.lastFiredAt,
            lastRunAt: stored.runState.lastRunAt,
          },
          problems: compiled.ok ? [] : compiled.error,
          sunset: compiled.ok ? compiled.value.sunsetFor(null, facts, now) : null,
        };
      })
      .sort((a, b) => a.rule.priority - b.rule.priority || a.rule.name.localeCompare(b.rule.name) || (a.rule.id < b.rule.id ? -1 : 1));
  };

  /** Leads that arrived in the window, read a page at a time; counts every live lead. */
  async function leadsSince(since: number, onProgress?: (progress: Progress) => void): Promise<{ leads: Lead[]; total: number }> {
    const total = await ctx.db.leads.count().exec();
    const leads: Lead[] = [];
    let done = 0;
    let after: string | null = null;
    onProgress?.({ done, total });
    for (;;) {
      const lastId: string | null = after;
      const page: RxDocumentData<Lead>[] = await queryStorage(ctx.db.leads, { selector: lastId === null ? {} : { id: { $gt: lastId } }, sort: [{ id: 'asc' }], limit: previewPage });
      if (page.length === 0) break;
      after = String(page[page.length - 1]?.id);
      for (const doc of page) {
        if (doc.createdAt < since) continue;
        const parsed = leadSchema.safeParse(withoutMeta(doc));
        if (parsed.success) leads.push(parsed.data);
      }
      done += page.length;
      onProgress?.({ done, total: Math.max(total, done) });
      if (page.length < previewPage) break;
      await yieldToUi();
    }
    return { leads, total: Math.max(total, done) };
  }

  return {
    observe: () =>
      combineLatest([observeStoredRules(ctx), deps.settings$, observeConfigKind<unknown>(ctx, templateLibraryConfig.kind), observeTemplates(ctx)]).pipe(
        map(([rules, load, docs, questionnaires]) =>
          summaries(
            rules,
            ruleCatalogue(
              load.settings,
              libraryFrom(docs.find((d) => d.key === templateLibraryConfig.key)?.data ?? defaultEmailTemplateLibrary),
              ctx.seller,
              questionnaires.map(({ id, template }) => ({ id, name: template.name })),
            ),
          ),
        ),
      ),
    get: async (id) => {
      const stored = await readRule(ctx, id);
      return stored ? definitionOf(stored) : null;
    },
    catalogue,
    validate,
    save: async (draft) => {
      const now = ctx.clock();
      const existing = draft.id ? await readRule(ctx, draft.id) : null;
      const checked = validateRule(ruleInput(draft, existing, ctx, now, existing?.id ?? draft.id ?? ctx.newId()), await catalogue());
      if (!checked.ok) throw new RuleValidationError(checked.error);
      const saved = existing
        ? await changeRule(ctx, existing.id, (current) => {
            const currentRule = definitionOf(current);
            if (sameDefinition(currentRule, checked.value)) return null;
            return { ...checked.value, createdAt: current.createdAt, ownerId: current.ownerId, teamId: current.teamId, version: current.version + 1, updatedAt: now };
          })
        : await insertRule(ctx, checked.value);
      await runner.refresh();
      return definitionOf(saved);
    },
    setEnabled: async (id, enabled) => {
      const existing = await readRule(ctx, id);
      if (existing && enabled) {
        // A rule that cannot run (a group it names was deleted) is not switched on.
        const compiled = compileRule(definitionOf(existing), await catalogue());
        if (!compiled.ok) throw new RuleValidationError(compiled.error);
      }
      const now = ctx.clock();
      // Not an edit (the version stays); updatedAt marks when it was switched on, for schedules.
      const saved = await changeRule(ctx, id, (current) => (current.enabled === enabled ? null : { ...definitionOf(current), enabled, updatedAt: now }));
      await runner.refresh();
      return definitionOf(saved);
    },
    delete: async (id) => {
      await deleteRule(ctx, id);
      await runner.refresh();
    },
    preview: async (request: PreviewRequest, onProgress) => {
      const now = ctx.clock();
      const catalogueNow = await catalogue();
      const existing = request.rule.id ? await readRule(ctx, request.rule.id) : null;
      const id = existing?.id ?? request.rule.id ?? 'preview';
      // A rule is previewed before it is named (the name is the last step).
      const named = request.rule.name.trim() === '' ? { ...request.rule, name: 'Unnamed rule' } : request.rule;
      const checked = validateRule(ruleInput(named, existing, ctx, now, id), catalogueNow);
      if (!checked.ok) throw new RuleValidationError(checked.error);
      const lastDays = Math.max(1, Math.min(3650, Math.floor(request.lastDays)));
      const others = (await readRules(ctx)).filter((r) => r.enabled && r.id !== id).map(definitionOf);
      const { leads, total } = await leadsSince(now - lastDays * dayMs, onProgress);
      const groups = effectiveGroups(deps.settings().groups);
      const result = previewRule({
        rule: checked.value,
        ctx: catalogueNow,
        leads,
        otherRules: others,
        now,
        lastDays,
        filter: request.filter,
        suppressedBecause: (l) => suppressionReason(l, groups),
      });
      if (!result.ok) throw new RuleValidationError(result.error);
      const preview: RulePreview = { ...result.value, totalLeads: total };
      return preview;
    },
    runNow: (id, onProgress) => runner.runNow(id, onProgress),
    observeLog: (filterBy) => observeLog(ctx, filterBy),
    performance: (ruleId) => rulePerformance(ctx, ruleId, effectiveGroups(deps.settings().groups)),
    templates: () => ruleTemplates,
    runner: {
      observe: () => runner.observe(),
      tickNow: () => runner.tickNow(),
    },
  };
}
