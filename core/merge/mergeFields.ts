import type { Lead } from '../model/lead';

/**
 * A lead field the seller picks a value for when merging: which lead's value the survivor keeps.
 * `copy` takes the value from one lead into another, so values never lose their type.
 */
export interface MergeField {
  /** 'email', 'company.name', 'customFields.<key>'. */
  id: string;
  label: string;
  /** The value in words ('' when empty). */
  show(lead: Lead): string;
  /** Compared to tell leads' values apart (JSON of the value). */
  key(lead: Lead): string;
  isEmpty(lead: Lead): boolean;
  copy(from: Lead, to: Lead): Lead;
}

function field<T>(id: string, label: string, get: (lead: Lead) => T, set: (lead: Lead, value: T) => Lead, show: (value: T) => string, empty: (value: T) => boolean): MergeField {
  return {
    id,
    label,
    show: (lead) => (empty(get(lead)) ? '' : show(get(lead))),
    key: (lead) => JSON.stringify(get(lead)) ?? '',
    isEmpty: (lead) => empty(get(lead)),
    copy: (from, to) => set(to, get(from)),
  };
}

const text = (value: string): string => value;
const blank = (value: string): boolean => value.trim() === '';
const none = (value: unknown): boolean => value === null;

type Company = Lead['company'];
type Qualification = Lead['qualification'];

const textField = (id: keyof Lead & ('name' | 'email' | 'phone' | 'jobTitle' | 'department' | 'country'), label: string): MergeField =>
  field(id, label, (lead) => lead[id], (lead, value) => ({ ...lead, [id]: value }), text, blank);

const companyField = <K extends keyof Company>(key: K, label: string, show: (value: Company[K]) => string, empty: (value: Company[K]) => boolean): MergeField =>
  field(`company.${key}`, label, (lead) => lead.company[key], (lead, value) => ({ ...lead, company: { ...lead.company, [key]: value } }), show, empty);

const qualificationField = <K extends keyof Qualification>(key: K, label: string, show: (value: Qualification[K]) => string, empty: (value: Qualification[K]) => boolean): MergeField =>
  field(`qualification.${key}`, label, (lead) => lead.qualification[key], (lead, value) => ({ ...lead, qualification: { ...lead.qualification, [key]: value } }), show, empty);

function showSource(source: Lead['source']): string {
  const where = [source.category, source.channel].filter(Boolean).join(' / ');
  return [where, source.event, source.detail].filter(Boolean).join(' · ');
}

/** The fields every lead has, in the order the lead page shows them. */
export const fixedMergeFields: readonly MergeField[] = [
  textField('name', 'Name'),
  textField('email', 'Email'),
  textField('phone', 'Phone'),
  textField('jobTitle', 'Job title'),
  textField('department', 'Department'),
  textField('country', 'Country'),
  companyField('name', 'Company', text, blank),
  companyField('website', 'Website', text, blank),
  companyField('industry', 'Industry', text, blank),
  companyField('size', 'Employees', (value) => String(value), none),
  companyField('annualRevenue', 'Annual revenue (USD)', (value) => String(value), none),
  field('source', 'Source', (lead) => lead.source, (lead, source) => ({ ...lead, source }), showSource, (source) => showSource(source) === ''),
  field('leadType', 'Lead type', (lead) => lead.leadType, (lead, leadType) => ({ ...lead, leadType }), text, () => false),
  // Untouched and Unknown are where every lead starts: a lead elsewhere says more.
  field('group', 'Group', (lead) => lead.group, (lead, group) => ({ ...lead, group }), text, (group) => group === 'untouched'),
  field('stage', 'Customer stage', (lead) => lead.stage, (lead, stage) => ({ ...lead, stage }), text, (stage) => stage === 'unknown'),
  field('priority', 'Priority', (lead) => lead.priority, (lead, priority) => ({ ...lead, priority }), (value) => value ?? '', none),
  qualificationField('budget', 'Budget', text, blank),
  field(
    'qualification.budgetAmount',
    'Budget amount',
    (lead) => ({ amount: lead.qualification.budgetAmount, currency: lead.qualification.budgetCurrency }),
    (lead, value) => ({ ...lead, qualification: { ...lead.qualification, budgetAmount: value.amount, budgetCurrency: value.currency } }),
    (value) => `${value.amount ?? ''} ${value.currency}`.trim(),
    (value) => value.amount === null,
  ),
  qualificationField('authority', 'Authority', text, blank),
  qualificationField('need', 'Need', text, blank),
  qualificationField('timeline', 'Timeline', text, blank),
  qualificationField('challenges', 'Challenges', (value) => value.join(', '), (value) => value.length === 0),
  qualificationField('fit', 'Fit', text, blank),
  field(
    'conversion',
    'Converted to',
    (lead) => lead.conversion,
    (lead, conversion) => ({ ...lead, conversion }),
    (value) => (value ? `contact ${value.contactId}${value.accountId ? `, account ${value.accountId}` : ''}` : ''),
    none,
  ),
];

/** One custom field ("customFields.<key>"); a lead without it has it empty. */
export function customMergeField(key: string): MergeField {
  return field(
    `customFields.${key}`,
    key,
    (lead) => lead.customFields[key] ?? null,
    (lead, value) => {
      const customFields = { ...lead.customFields };
      if (value === null) delete customFields[key];
      else customFields[key] = value;
      return { ...lead, customFields };
    },
    (value) => String(value),
    (value) => value === null || value === '',
  );
}

/** The fixed fields and every custom field any of the leads has. */
export function mergeFieldsFor(leads: readonly Lead[]): MergeField[] {
  const custom = [...new Set(leads.flatMap((lead) => Object.keys(lead.customFields)))].sort();
  return [...fixedMergeFields, ...custom.map(customMergeField)];
}
