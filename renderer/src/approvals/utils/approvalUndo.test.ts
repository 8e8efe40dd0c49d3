import { describe, expect, it } from 'vitest';
import { approvalUndoWindowMs, approvedMessage } from './approvalUndo';

describe('approval undo', () => {
  it('names one email by its subject and counts several', () => {
    expect(approvedMessage(1, ' Your RFQ ')).toBe('Approved “Your RFQ”.');
    expect(approvedMessage(1, '')).toBe('Approved 1 email.');
    expect(approvedMessage(3)).toBe('Approved 3 emails.');
  });

  it('keeps the window short enough that approved emails still go promptly', () => {
    expect(approvalUndoWindowMs).toBeGreaterThanOrEqual(3_000);
    expect(approvalUndoWindowMs).toBeLessThanOrEqual(10_000);
  });
});
