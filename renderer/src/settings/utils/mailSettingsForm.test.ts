import { describe, expect, it } from 'vitest';
import { formFromMailSettings, mailSettingsFromForm, sameForm } from './mailSettingsForm';

const filled = {
  host: 'smtp.example.com',
  port: '587',
  security: 'starttls' as const,
  user: 'rana',
  fromAddress: 'rana@example.com',
  fromName: 'Rana Haddad',
  unsubscribeBaseUrl: 'https://example.com/unsubscribe',
  unsubscribeMailbox: '',
};

describe('the Sending form', () => {
  it('starts empty with STARTTLS on 587 before anything is saved', () => {
    expect(formFromMailSettings(null)).toMatchObject({ host: '', port: '587', security: 'starttls' });
  });

  it('turns a filled form into settings and back', () => {
    const checked = mailSettingsFromForm(filled);
    expect(checked).toEqual({ ok: true, value: { ...filled, port: 587 } });
    if (checked.ok) expect(sameForm(formFromMailSettings(checked.value), filled)).toBe(true);
  });

  it('names each field that needs fixing, in plain words', () => {
    const checked = mailSettingsFromForm({ ...filled, host: ' ', port: '58x', fromAddress: 'rana', unsubscribeBaseUrl: 'http://example.com/u', unsubscribeMailbox: 'nope' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.get('host')).toBe('name the SMTP server');
    expect(checked.problems.get('port')).toMatch(/port from 1 to 65535/);
    expect(checked.problems.get('fromAddress')).toMatch(/you@example.com/);
    expect(checked.problems.get('unsubscribeBaseUrl')).toBe('use an https:// address');
    expect(checked.problems.get('unsubscribeMailbox')).toMatch(/leave empty/);
  });

  it('refuses ports outside 1–65535 and fractions', () => {
    for (const port of ['0', '65536', '25.5', '', '-1']) expect(mailSettingsFromForm({ ...filled, port }).ok).toBe(false);
    expect(mailSettingsFromForm({ ...filled, port: ' 465 ' }).ok).toBe(true);
  });
});
