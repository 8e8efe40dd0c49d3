import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './normaliseEmail';

describe('normaliseEmail', () => {
  it('trims and lowercases a valid address', () => {
    expect(normaliseEmail('  Ahmed.Ali@ACME-Power.AE ')).toEqual({ ok: true, value: 'ahmed.ali@acme-power.ae' });
  });

  it('accepts plus addressing and subdomains', () => {
    expect(normaliseEmail('buyer+rfq@mail.petro.com.sa')).toEqual({ ok: true, value: 'buyer+rfq@mail.petro.com.sa' });
  });

  it('unwraps a pasted mailto: link and angle brackets', () => {
    expect(normaliseEmail('mailto:Sales@Gulf.ae?subject=RFQ')).toEqual({ ok: true, value: 'sales@gulf.ae' });
    expect(normaliseEmail('<info@gulf.ae>')).toEqual({ ok: true, value: 'info@gulf.ae' });
  });

  it('says what to enter when empty', () => {
    expect(normaliseEmail('   ')).toEqual({ ok: false, error: 'enter an email address' });
  });

  it('explains a missing @', () => {
    const result = normaliseEmail('ahmed.acme.ae');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('has no @');
  });

  it.each(['ahmed@acme', 'ahmed@@acme.ae', '@acme.ae', 'ahmed@', 'ah med@acme.ae', 'a..b@acme.ae', 'ahmed@acme..ae'])(
    'refuses %s',
    (raw) => {
      const result = normaliseEmail(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    },
  );

  it('refuses addresses longer than 254 characters', () => {
    const result = normaliseEmail(`${'a'.repeat(64)}@${'b'.repeat(190)}.com`);
    expect(result).toEqual({ ok: false, error: 'that email address is too long (254 characters at most)' });
  });
});
