/**
 * What Save does with a stored secret (SMTP password, AI key): keep it, replace it with a new one,
 * or remove it. The secret itself is never read back from the host.
 */
export type SecretChange = { mode: 'keep' } | { mode: 'set'; value: string } | { mode: 'remove' };

export const keepSecret: SecretChange = { mode: 'keep' };

/** The save request's field: undefined keeps, null removes, a string replaces (an empty new one keeps). */
export function secretForRequest(change: SecretChange): string | null | undefined {
  if (change.mode === 'remove') return null;
  if (change.mode === 'set' && change.value !== '') return change.value;
  return undefined;
}

/** Whether Save would change the stored secret. */
export function secretChanges(change: SecretChange): boolean {
  return secretForRequest(change) !== undefined;
}
