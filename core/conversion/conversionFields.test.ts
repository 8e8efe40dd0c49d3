import { describe, expect, it } from 'vitest';
import { lead } from '../model/lead';
import { convertValue, isEmptyValue, kindsFit, leadFieldInfo, readLeadValue, targetFieldInfo } from './conversionFields';

const ana = lead.parse({ id: 'l1', ownerId: 'u', teamId: 't', createdAt: 0, updatedAt: 0, name: 'Ana', company: { name: 'Acme', size: 40 }, customFields: { po: 'PO-7', units: '1,200' } });

describe('conversion fields', () => {
  it('reads nested and custom lead values; unknown paths are undefined', () => {
    expect(readLeadValue(ana, 'company.name')).toBe('Acme');
    expect(readLeadValue(ana, 'company.size')).toBe(40);
    expect(readLeadValue(ana, 'customFields.po')).toBe('PO-7');
    expect(readLeadValue(ana, 'customFields.missing')).toBeNull();
    expect(readLeadValue(ana, 'company.nothing')).toBeUndefined();
    expect(readLeadValue(ana, 'name.first')).toBeUndefined();
  });

  it('knows the fields of each side, custom ones included', () => {
    expect(leadFieldInfo('company.website')?.kind).toBe('text');
    expect(leadFieldInfo('customFields.po')?.kind).toBe('custom');
    expect(leadFieldInfo('customFields.')).toBeNull();
    expect(leadFieldInfo('score')).toBeNull();
    expect(targetFieldInfo('account', 'website')?.max).toBe(500);
    expect(targetFieldInfo('contact', 'website')).toBeNull();
  });

  it('lets tags and consent go only into their own kind', () => {
    expect(kindsFit('tags', 'tags')).toBe(true);
    expect(kindsFit('tags', 'text')).toBe(false);
    expect(kindsFit('text', 'consent')).toBe(false);
    expect(kindsFit('custom', 'number')).toBe(true);
  });

  it('converts values into the target field or says it cannot', () => {
    const number = { path: 'size', label: 'Size', kind: 'number' as const };
    expect(convertValue('1,200', number)).toBe(1200);
    expect(convertValue('twelve', number)).toBeUndefined();
    expect(convertValue(-3, number)).toBeUndefined();
    expect(convertValue('de', { path: 'country', label: 'Country', kind: 'country' })).toBe('DE');
    expect(convertValue('Germany', { path: 'country', label: 'Country', kind: 'country' })).toBeUndefined();
    expect(convertValue(42, { path: 'x', label: 'X', kind: 'text', max: 1 })).toBe('4');
    expect(convertValue('  long text ', { path: 'x', label: 'X', kind: 'text', max: 4 })).toBe('long');
    expect(convertValue(['a'], { path: 'x', label: 'X', kind: 'custom' })).toBeUndefined();
    expect(convertValue(true, { path: 'x', label: 'X', kind: 'custom' })).toBe(true);
  });

  it('treats blank text, null, no tags and consent never given as empty', () => {
    expect(isEmptyValue('  ')).toBe(true);
    expect(isEmptyValue(null)).toBe(true);
    expect(isEmptyValue([])).toBe(true);
    expect(isEmptyValue({ marketingOptIn: false, unsubscribed: false })).toBe(true);
    expect(isEmptyValue({ marketingOptIn: true })).toBe(false);
    expect(isEmptyValue(0)).toBe(false);
    expect(isEmptyValue(false)).toBe(false);
  });
});
