import type { FieldAction } from '../../../../core/conversion/planConversion';
import type { JsonValue } from '../../../../core/model/json';

/** What happens to a field, in the seller's words. */
export const actionWords: Record<FieldAction, string> = {
  set: 'Copied',
  fill: 'Fills the empty field',
  keep: 'Kept as it is',
  overwrite: 'Overwritten',
  same: 'Already the same',
  empty: 'Nothing to copy',
  unconvertible: 'Does not fit; left out',
};

/** A field value for display. */
export function showValue(value: JsonValue | null): string {
  if (value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => showValue(v)).join(', ');
  if (typeof value === 'object') {
    const on = Object.entries(value).filter(([, v]) => v === true).map(([k]) => k.replace(/([A-Z])/g, ' $1').toLowerCase());
    return on.length === 0 ? '—' : on.join(', ');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
