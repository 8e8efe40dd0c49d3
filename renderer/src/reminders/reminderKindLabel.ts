import type { Reminder } from '../../../core/model/reminder';

const labels: Record<Reminder['kind'], string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  'follow-up': 'Follow-up',
};

export function reminderKindLabel(kind: Reminder['kind']): string {
  return labels[kind];
}
