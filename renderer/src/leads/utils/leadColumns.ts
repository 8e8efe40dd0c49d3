import type { LeadColumn } from '../../../data/contract';

export const leadColumns: readonly { id: LeadColumn; label: string; width: string }[] = [
  { id: 'name', label: 'Name', width: 'minmax(160px, 1.4fr)' },
  { id: 'company', label: 'Company', width: 'minmax(140px, 1.3fr)' },
  { id: 'country', label: 'Country', width: '90px' },
  { id: 'source', label: 'Source', width: 'minmax(110px, 1fr)' },
  { id: 'group', label: 'Group', width: 'minmax(110px, 1fr)' },
  { id: 'stage', label: 'Stage', width: 'minmax(120px, 1fr)' },
  { id: 'score', label: 'Score', width: '70px' },
  { id: 'temperature', label: 'Temperature', width: '110px' },
  { id: 'engagementLevel', label: 'Engagement', width: '120px' },
  { id: 'urgency', label: 'Urgency', width: '84px' },
  { id: 'tags', label: 'Tags', width: 'minmax(120px, 1.2fr)' },
  { id: 'lastActivityAt', label: 'Last activity', width: '130px' },
];
