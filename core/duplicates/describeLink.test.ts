import { describe, expect, it } from 'vitest';
import { describeLink } from './describeLink';

const labels = {
  name: (id: string) => ({ a: 'Ahmed Ali', b: 'Ahmad Ali', c: '' })[id] ?? '',
  company: (id: string) => ({ a: 'Gulf Power', b: 'Gulf Power', c: 'Gulf Power' })[id] ?? '',
};

describe('describeLink', () => {
  it('names the shared address or number', () => {
    expect(describeLink({ kind: 'email', leadIds: ['a', 'b'], value: 'ana@acme.com', similarity: 1 }, labels)).toBe('Same email: ana@acme.com');
    expect(describeLink({ kind: 'phone', leadIds: ['a', 'b'], value: '+971501234567', similarity: 1 }, labels)).toBe('Same phone: +971501234567');
  });

  it('names distinct names once, skips blanks, and says how alike', () => {
    expect(describeLink({ kind: 'similar-name', leadIds: ['a', 'b', 'c'], value: '', similarity: 0.889 }, labels)).toBe(
      'Similar names at the same company: “Ahmed Ali” / “Ahmad Ali” (89% alike) at “Gulf Power”',
    );
    expect(describeLink({ kind: 'name-company', leadIds: ['a', 'c'], value: '', similarity: 1 }, labels)).toBe('Same name at the same company: “Ahmed Ali” at “Gulf Power”');
  });
});
