/**
 * Words for one reviewed field: which field ("Company › Name") and its value on each side
 * ("(empty)", "Yes", a date, a list). Pure: dates are formatted by the caller's formatter.
 */

const fieldWords: Record<string, string> = {
  _deleted: 'Deleted',
  customFields: 'Custom field',
  platformFacts: 'Platform fact',
  qualification: 'Qualification',
  lastEventAt: 'Last event',
  ruleRuns: 'Rule runs',
  jobTitle: 'Job title',
  nextFollowUpAt: 'Next follow-up',
  data: 'Setting',
};

/** "company.name" → "Company › Name"; custom field names stay as the seller typed them. */
export function describeFieldPath(segments: readonly string[]): string {
  return segments
    .map((segment, index) => {
      const parent = segments[index - 1];
      if (parent === 'customFields' || parent === 'platformFacts') return segment;
      return fieldWords[segment] ?? humanise(segment);
    })
    .join(' › ');
}

function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words === '' ? name : words.charAt(0).toUpperCase() + words.slice(1);
}

const maxLength = 300;

/** A value as the seller reads it; `present` false means the field was not there at all. */
export function describeConflictValue(segments: readonly string[], present: boolean, value: unknown, formatDateTime: (ms: number) => string): string {
  const field = segments.at(-1) ?? '';
  if (field === '_deleted') return value === true ? 'Deleted' : 'Kept';
  if (!present || value === null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    const isTime = /At$/.test(field) || segments[0] === 'lastEventAt';
    return isTime && Number.isInteger(value) && value > 0 ? formatDateTime(value) : value.toLocaleString();
  }
  if (typeof value === 'string') return shorten(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)';
    return shorten(value.map((item) => (typeof item === 'string' || typeof item === 'number' ? String(item) : JSON.stringify(item))).join(', '));
  }
  return shorten(JSON.stringify(value));
}

function shorten(text: string): string {
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
