import { describe, expect, it } from 'vitest';
import { lead } from './lead';
import { normaliseLeadInput } from './normaliseLeadInput';

describe('normaliseLeadInput', () => {
  it('cleans every field of a full form', () => {
    const result = normaliseLeadInput(
      {
        name: '  AHMED   AL-MANSOURI ',
        email: ' Ahmed@Gulf-Power.AE ',
        phone: '050 123 4567',
        companyName: ' Gulf  Power LLC ',
        jobTitle: ' Procurement  Manager',
        department: 'Procurement',
        country: 'UAE',
        website: 'www.gulf-power.ae',
        industry: 'oil and gas',
        tags: 'ADIPEC, transformers; adipec',
        notes: '  Wants a quote for 3 transformers.  ',
      },
      { defaultCountry: 'DE' },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        lead: {
          name: 'Ahmed al-Mansouri',
          email: 'ahmed@gulf-power.ae',
          // The form's own country wins over the default when reading the phone.
          phone: '+971501234567',
          company: { name: 'Gulf Power LLC', industry: 'Oil & Gas', website: 'https://www.gulf-power.ae' },
          jobTitle: 'Procurement Manager',
          department: 'Procurement',
          country: 'AE',
          tags: ['ADIPEC', 'transformers'],
          customFields: {},
        },
        note: 'Wants a quote for 3 transformers.',
      },
    });
  });

  it('produces fields the lead schema accepts', () => {
    const result = normaliseLeadInput({ name: 'omar', phone: '+971 4 123 4567 ext 9' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const parsed = lead.parse({ id: 'lead-1', ownerId: 'o', teamId: 't', createdAt: 1, updatedAt: 1, ...result.value.lead });
    expect(parsed.name).toBe('Omar');
    expect(parsed.phone).toBe('+97141234567');
    expect(parsed.customFields).toEqual({ phoneExtension: '9' });
  });

  it('uses the default country for phones when the form has none', () => {
    const result = normaliseLeadInput({ phone: '055 123 4567' }, { defaultCountry: 'SA' });
    expect(result).toMatchObject({ ok: true, value: { lead: { phone: '+966551234567', country: '' } } });
  });

  it('keeps an industry that is not listed as typed', () => {
    const result = normaliseLeadInput({ companyName: 'X', industry: '  Geothermal  drilling ' });
    expect(result).toMatchObject({ ok: true, value: { lead: { company: { industry: 'Geothermal drilling' } } } });
  });

  it('needs at least one way to recognise the lead', () => {
    expect(normaliseLeadInput({ jobTitle: 'Buyer', notes: 'met at booth' })).toEqual({
      ok: false,
      errors: { form: 'enter at least a name, email, phone or company' },
    });
    expect(normaliseLeadInput({})).toEqual({ ok: false, errors: { form: 'enter at least a name, email, phone or company' } });
    expect(normaliseLeadInput({ name: '   ', email: ' ' }).ok).toBe(false);
  });

  it('accepts any single identifier', () => {
    expect(normaliseLeadInput({ name: 'Li Wei' }).ok).toBe(true);
    expect(normaliseLeadInput({ email: 'li@x.cn' }).ok).toBe(true);
    expect(normaliseLeadInput({ phone: '+8613812345678' }).ok).toBe(true);
    expect(normaliseLeadInput({ companyName: 'Sinopec' }).ok).toBe(true);
  });

  it('reports every bad field at once, under its own name', () => {
    const result = normaliseLeadInput({ name: 'x'.repeat(201), email: 'not-an-email', phone: '12', country: 'Narnia', website: 'ftp://x.y', tags: 'y'.repeat(61) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['country', 'email', 'name', 'phone', 'tags', 'website']);
    expect(result.errors.name).toBe('the name is too long (200 characters at most)');
    expect(result.errors.form).toBeUndefined();
  });

  it('asks for a country code when the phone cannot be placed', () => {
    const result = normaliseLeadInput({ phone: '050 123 4567' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.phone).toContain('country code');
  });

  it('a bad country does not block reading the phone with the default', () => {
    const result = normaliseLeadInput({ phone: '050 123 4567', country: 'Narnia' }, { defaultCountry: 'AE' });
    expect(result).toEqual({ ok: false, errors: { country: expect.stringContaining('Narnia') } });
  });

  it('limits the number of tags', () => {
    const tags = Array.from({ length: 101 }, (_, index) => `t${index}`).join(',');
    const result = normaliseLeadInput({ name: 'A', tags });
    expect(result).toEqual({ ok: false, errors: { tags: 'a lead can have 100 tags at most' } });
  });
});
