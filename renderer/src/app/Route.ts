export type Route =
  | { name: 'leads' }
  | { name: 'lead'; leadId: string }
  | { name: 'capture' }
  | { name: 'reminders' }
  | { name: 'settings' };
