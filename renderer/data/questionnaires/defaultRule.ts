import { findRuleTemplate } from '../../../core/rules/ruleTemplates';
import type { DataContext } from '../context';
import type { RuleCenter } from '../ruleContract';

/** Fixed id: installed once; a seller who deletes or edits it keeps it that way. */
export const defaultQuestionnaireRuleId = 'default-questionnaire-on-new-rfq';

/**
 * Seed 002: "when a buyer sends an RFQ, it lands in the Untouched group … and the system sends a
 * questionnaire". The rule template "Questionnaire on a new quote request", switched on, saved on
 * the first open (so a new seller has it) and editable in Rules like any other. The deleted
 * document stays in the store, so a deleted rule is not installed again.
 */
export async function installDefaultQuestionnaireRule(ctx: DataContext, rules: RuleCenter): Promise<boolean> {
  const [existing] = await ctx.db.rules.storageInstance.findDocumentsById([defaultQuestionnaireRuleId], true);
  if (existing) return false;
  const template = findRuleTemplate('questionnaire-on-new-rfq');
  if (!template) return false;
  await rules.save({ ...template.draft, id: defaultQuestionnaireRuleId, enabled: true });
  return true;
}
