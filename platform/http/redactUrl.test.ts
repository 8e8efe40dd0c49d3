import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl';

describe('redactUrl', () => {
  it('hides the questionnaire and unsubscribe tokens', () => {
    expect(redactUrl('/q/abcDEF0123456789xyz')).toBe('/q/[hidden]');
    expect(redactUrl('/u/abcDEF0123456789xyz?x=1')).toBe('/u/[hidden]?x=1');
  });

  it('hides token query parameters and keeps the rest', () => {
    expect(redactUrl('/sync/leads/stream?token=secret&x=1')).toBe('/sync/leads/stream?token=[hidden]&x=1');
    expect(redactUrl('/t/c/email-1?u=https%3A%2F%2Fexample.com')).toBe('/t/c/email-1?u=https%3A%2F%2Fexample.com');
    expect(redactUrl('/health')).toBe('/health');
  });

  it('does not touch paths that only start like a token path', () => {
    expect(redactUrl('/queue/1')).toBe('/queue/1');
  });
});
