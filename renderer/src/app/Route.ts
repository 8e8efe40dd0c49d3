export type Route =
  | { name: 'leads' }
  | { name: 'lead'; leadId: string }
  | { name: 'overview' }
  | { name: 'hot' }
  | { name: 'capture' }
  | { name: 'reminders' }
  | { name: 'settings' }
  | { name: 'approvals' };
