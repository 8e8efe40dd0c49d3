import type { EmailStatus } from '../../../../core/model/email';

export type QueueTabId = 'pending' | 'drafts' | 'rejected' | 'approved' | 'failed' | 'sent';

export interface QueueTab {
  id: QueueTabId;
  label: string;
  statuses: readonly EmailStatus[];
}

/** The queue's tabs: what waits for a decision first, then where the others stand. */
export const queueTabs: readonly QueueTab[] = [
  { id: 'pending', label: 'Waiting for approval', statuses: ['pending_approval'] },
  { id: 'drafts', label: 'Drafts', statuses: ['draft'] },
  { id: 'rejected', label: 'Rejected', statuses: ['rejected'] },
  { id: 'approved', label: 'Approved, to send', statuses: ['approved', 'sending'] },
  { id: 'failed', label: 'Failed', statuses: ['failed'] },
  { id: 'sent', label: 'Sent', statuses: ['sent'] },
];

export function tabById(id: QueueTabId): QueueTab {
  return queueTabs.find((tab) => tab.id === id) ?? (queueTabs[0] as QueueTab);
}
