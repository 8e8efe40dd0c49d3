import type { LeadColumn } from '../../../data/contract';

/** Narrow enough that all columns fit a 1400-pixel window; the grid scrolls sideways below that. */
export const leadColumns: readonly { id: LeadColumn; label: string; width: string }[] = [
  { id: 'name', label: 'Name', width: 'minmax(140px, 1.4fr)' },
  { id: 'company', label: 'Company', width: 'minmax(110px, 1.3fr)' },
  { id: 'country', label: 'Country', width: '72px' },
  { id: 'source', label: 'Source', width: 'minmax(90px, 1fr)' },
  { id: 'group', label: 'Group', width: 'minmax(90px, 1fr)' },
  { id: 'stage', label: 'Stage', width: 'minmax(100px, 1fr)' },
  { id: 'score', label: 'Score', width: '64px' },
  { id: 'temperature', label: 'Temperature', width: '104px' },
  { id: 'engagementLevel', label: 'Engagement', width: '112px' },
  { id: 'urgency', label: 'Urgency', width: '72px' },
  { id: 'tags', label: 'Tags', width: 'minmax(90px, 1.2fr)' },
  { id: 'lastActivityAt', label: 'Last activity', width: '112px' },
];
