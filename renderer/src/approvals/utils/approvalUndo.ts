/**
 * How long an approval can be taken back before the outbox sends the email. The data layer holds
 * approved emails this long (openLocalData passes it) and the "Undo" toast stays up as long.
 */
export const approvalUndoWindowMs = 6_000;

/** "Approved 3 emails." / "Approved “Subject”." for the toast that offers Undo. */
export function approvedMessage(count: number, subject?: string): string {
  if (count === 1 && subject !== undefined && subject.trim() !== '') return `Approved “${subject.trim()}”.`;
  return `Approved ${count} email${count === 1 ? '' : 's'}.`;
}
