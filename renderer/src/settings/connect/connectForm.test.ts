import { describe, expect, it } from 'vitest';
import { checkConnectForm, withScheme } from './connectForm';

describe('connect form', () => {
  it('passes a valid form with the address trimmed of its slash', () => {
    expect(checkConnectForm({ url: 'https://leads.powercozmo.com/', email: ' omar@example.com ', password: 'pw' })).toEqual({
      ok: true,
      request: { url: 'https://leads.powercozmo.com', email: 'omar@example.com', password: 'pw' },
    });
  });

  it('names each field that needs fixing, plain http to another computer included', () => {
    expect(checkConnectForm({ url: 'http://leads.example.com', email: '', password: '' })).toEqual({
      ok: false,
      problems: { url: expect.stringMatching(/https/), email: expect.stringMatching(/email/), password: expect.stringMatching(/password/) },
    });
  });

  it('adds https:// to a bare host name, http:// for this computer, and leaves a scheme alone', () => {
    expect(withScheme(' leads.powercozmo.com ')).toBe('https://leads.powercozmo.com');
    expect(withScheme('127.0.0.1:7070')).toBe('http://127.0.0.1:7070');
    expect(withScheme('localhost:7070/')).toBe('http://localhost:7070/');
    expect(withScheme('http://127.0.0.1:7070')).toBe('http://127.0.0.1:7070');
    expect(withScheme('')).toBe('');
  });
});
