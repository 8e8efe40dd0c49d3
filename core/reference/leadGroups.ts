/** Seed 002, "Leads Grouping and classification": the eight default workflow buckets. */
export interface LeadGroupDefinition {
  /** Stored in lead.group; never changes, while the name may be edited by the seller. */
  id: string;
  name: string;
  description: string;
  tooltip: string;
  order: number;
  /** Leads in this group are never emailed (DESIGN.md, "Emails"). */
  suppressesEmail: boolean;
}

export const leadGroupIds = [
  'untouched',
  'nurturing',
  'qualified',
  'unqualified',
  'recycled',
  'customer',
  'spam',
  'not_interested',
] as const;
export type LeadGroupId = (typeof leadGroupIds)[number];

export const defaultLeadGroupId: LeadGroupId = 'untouched';

export const leadGroups: readonly (LeadGroupDefinition & { id: LeadGroupId })[] = [
  {
    id: 'untouched',
    name: 'Untouched',
    description: 'Newly acquired leads that have not been engaged with yet.',
    tooltip: "These leads are brand new and haven't been contacted yet.",
    order: 1,
    suppressesEmail: false,
  },
  {
    id: 'nurturing',
    name: 'Nurturing',
    description:
      'Holds leads needing further engagement before qualification. Prioritize by engagement score. Sub-categorize or tag based on interests/needs for targeted nurturing.',
    tooltip: 'These leads show potential but need more information or interaction to determine their fit.',
    order: 2,
    suppressesEmail: false,
  },
  {
    id: 'qualified',
    name: 'Qualified',
    description: 'Holds leads meeting predefined criteria for potential conversion. Ready for sales outreach.',
    tooltip: 'These leads are a good match for your offerings and are ready to be contacted by a salesperson.',
    order: 3,
    suppressesEmail: false,
  },
  {
    id: 'unqualified',
    name: 'Unqualified',
    description: 'Contains leads not meeting essential criteria for conversion. Consider recycling after a period.',
    tooltip: 'These leads are not a good fit at this time, but they might be in the future.',
    order: 4,
    suppressesEmail: false,
  },
  {
    id: 'recycled',
    name: 'Recycled',
    description:
      'Holds previously unqualified leads that might become viable later. Set time-based triggers to move leads here after inactivity.',
    tooltip: "These leads were previously not a good fit, but they're worth revisiting in case their needs have changed.",
    order: 5,
    suppressesEmail: false,
  },
  {
    id: 'customer',
    name: 'Customer',
    description:
      'Stores leads converted to customers or accounts. Track post-sale engagement, satisfaction, and upsell/cross-sell opportunities. New leads from previously qualified buyers are recognised here.',
    tooltip:
      'These leads have already become customers or converted to contacts or accounts. Stay in touch to keep them happy and see if they need anything else.',
    order: 6,
    suppressesEmail: false,
  },
  {
    id: 'spam',
    name: 'Spam/Blocked/Deleted',
    description: 'Holds leads marked as spam, blocked due to policy violations, or intentionally deleted.',
    tooltip: 'These leads are not worth pursuing.',
    order: 7,
    suppressesEmail: true,
  },
  {
    id: 'not_interested',
    name: 'Not Interested/No Category',
    description: 'Holds leads explicitly expressing disinterest or lacking clear categorization.',
    tooltip: 'These leads are not interested in your offerings currently.',
    order: 8,
    suppressesEmail: true,
  },
];

export function isDefaultLeadGroupId(id: string): id is LeadGroupId {
  return (leadGroupIds as readonly string[]).includes(id);
}
