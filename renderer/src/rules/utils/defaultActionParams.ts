import type { JsonObject } from '../../../../core/model/json';
import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';

/** A new action's parameters: the first group, stage or template the seller has, or blanks to fill. */
export function defaultActionParams(type: string, catalogue: RuleCatalogueContext): JsonObject {
  switch (type) {
    case 'move_to_group':
      return { group: catalogue.groups[0]?.id ?? '' };
    case 'set_stage':
      return { stage: catalogue.stages[0]?.id ?? '' };
    case 'add_tag':
    case 'remove_tag':
      return { tag: '' };
    case 'create_reminder':
      return { kind: 'call', title: '', dueInMinutes: 60, assignee: '' };
    case 'send_email':
      return { templateId: catalogue.emailTemplates[0]?.id ?? '', useAi: false };
    case 'send_questionnaire':
      return { templateId: '' };
    case 'notify':
      return { message: '' };
    case 'assign':
      return { userId: catalogue.users[0]?.id ?? '' };
    case 'set_priority':
      return { priority: 'high' };
    case 'adjust_score':
      return { points: 10 };
    default:
      return {};
  }
}
