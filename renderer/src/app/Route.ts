export type Route =
  | { name: 'leads' }
  | { name: 'lead'; leadId: string }
  | { name: 'overview' }
  | { name: 'hot' }
  | { name: 'capture' }
  | { name: 'reminders' }
  | { name: 'settings' }
  | { name: 'approvals' }
  | { name: 'rules' }
  | { name: 'rule'; ruleId: string }
  /** The Rule Builder on a new rule, optionally starting from a template or with one criterion. */
  | { name: 'rule-new'; templateId: string | null; criterionId?: string | null }
  | { name: 'rule-edit'; ruleId: string }
  /** The daily review checklist (seed 000). */
  | { name: 'review' }
  | { name: 'dashboard' }
  | { name: 'accounts' }
  | { name: 'account'; accountId: string }
  | { name: 'contact'; contactId: string }
  | { name: 'duplicates' }
  /** Needs review: what the sync merge changed against this device's edits (issue 7). */
  | { name: 'sync-review' }
  /** Questionnaire templates; `templateId` opens one in the editor. */
  | { name: 'questionnaires'; templateId: string | null };
