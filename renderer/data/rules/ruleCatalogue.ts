import type { EmailTemplateLibrary } from '../../../core/emails/emailTemplates';
import type { RuleCatalogueContext } from '../../../core/rules/ruleTypes';
import type { LeadSettings } from '../../../core/settings/leadSettings';
import { effectiveGroups } from '../../../core/settings/groupSettings';
import { effectiveStages } from '../../../core/settings/stageSettings';
import type { Seller } from '../contract';

/**
 * The names a rule may refer to now: the seller's groups (defaults, renamed, and their own),
 * the customer stages, the email template library, the seller's questionnaires, and the people a
 * lead or task can go to.
 */
export function ruleCatalogue(
  settings: LeadSettings,
  library: EmailTemplateLibrary,
  seller: Seller,
  questionnaires: readonly { id: string; name: string }[],
): RuleCatalogueContext {
  const named = (items: readonly { id: string; name: string }[]) => items.map(({ id, name }) => ({ id, name }));
  return {
    groups: named(effectiveGroups(settings.groups)),
    stages: named(effectiveStages(settings.stages)),
    emailTemplates: named(library.templates),
    questionnaireTemplates: named(questionnaires),
    users: [{ id: seller.userId, name: seller.userName }],
  };
}
