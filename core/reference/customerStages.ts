import type { LeadEventType } from '../model/event';

/** Seed 004: where the buyer is. Automatic moves only go forward (higher order). */
export interface CustomerStageDefinition {
  /** Stored in lead.stage; stable while the name is editable. */
  id: CustomerStageId;
  name: string;
  description: string;
  order: number;
  /** Events that advance a lead to this stage by default (seed 004 §3, mapped to our events). */
  advancingEvents: readonly LeadEventType[];
}

export const customerStageIds = [
  'unknown',
  'initial_contact',
  'primary_leads',
  'intentional_leads',
  'confirmed_leads',
  'closed_customers',
] as const;
export type CustomerStageId = (typeof customerStageIds)[number];

export const defaultCustomerStageId: CustomerStageId = 'unknown';

export const customerStages: readonly CustomerStageDefinition[] = [
  {
    id: 'unknown',
    name: 'Unknown',
    description:
      'The buyer is recorded but there is no interaction or behaviour yet, so the stage cannot be judged. Avoid leaving buyers here.',
    order: 0,
    advancingEvents: [],
  },
  {
    id: 'initial_contact',
    name: 'Initial Contact',
    description: 'The buyer interacted with the company for the first time: received or opened an email, visited a page.',
    order: 1,
    advancingEvents: ['email_sent', 'email_open', 'page_view'],
  },
  {
    id: 'primary_leads',
    name: 'Primary Leads',
    description: 'The buyer starts to engage more: clicks links in emails, messages the seller, downloads material.',
    order: 2,
    advancingEvents: ['email_click', 'chat', 'download'],
  },
  {
    id: 'intentional_leads',
    name: 'Intentional Leads',
    description: 'The buyer shows intent: fills out an inquiry form, requests a quote or answers the questionnaire.',
    order: 3,
    advancingEvents: ['form_submit', 'quote_request', 'questionnaire_answered'],
  },
  {
    id: 'confirmed_leads',
    name: 'Confirmed Leads',
    description: 'The buyer communicates with the company and confirms a purchase intention.',
    order: 4,
    // Seed 004 names no event for this stage: it is set by hand or by a rule.
    advancingEvents: [],
  },
  {
    id: 'closed_customers',
    name: 'Closed Customers',
    description: 'The buyer actually purchased a product or service.',
    order: 5,
    advancingEvents: [],
  },
];

export function isCustomerStageId(id: string): id is CustomerStageId {
  return (customerStageIds as readonly string[]).includes(id);
}

/** Order of a stage id; -1 for a stage this table does not know. */
export function customerStageOrder(id: string): number {
  return customerStages.find((stage) => stage.id === id)?.order ?? -1;
}
