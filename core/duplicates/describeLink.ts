import type { DuplicateLink } from './scanDuplicates';

/** The names the reasons use for leads (from the list rows). */
export interface LeadLabels {
  name(id: string): string;
  company(id: string): string;
}

function names(ids: readonly string[], read: (id: string) => string): string {
  const distinct = [...new Set(ids.map(read).filter((text) => text !== ''))];
  return distinct.map((text) => `“${text}”`).join(' / ');
}

/** One reason, in the seller's words ("Same email: ana@acme.com"). */
export function describeLink(link: DuplicateLink, labels: LeadLabels): string {
  const percent = `${Math.round(link.similarity * 100)}% alike`;
  switch (link.kind) {
    case 'email':
      return `Same email: ${link.value}`;
    case 'phone':
      return `Same phone: ${link.value}`;
    case 'name-company':
      return `Same name at the same company: ${names(link.leadIds, labels.name)} at ${names(link.leadIds, labels.company)}`;
    case 'similar-name':
      return `Similar names at the same company: ${names(link.leadIds, labels.name)} (${percent}) at ${names(link.leadIds, labels.company)}`;
    case 'similar-company':
      return `Same name at similar companies: ${names(link.leadIds, labels.name)} at ${names(link.leadIds, labels.company)} (${percent})`;
  }
}

/** Short label of a kind, for badges and filters. */
export const linkKindLabels: Record<DuplicateLink['kind'], string> = {
  email: 'Same email',
  phone: 'Same phone',
  'name-company': 'Same name and company',
  'similar-name': 'Similar name',
  'similar-company': 'Similar company',
};
