import { describe, expect, it } from 'vitest';
import { PullPacing } from './pullPacing';

describe('PullPacing', () => {
  it('lets the first two pulls of a catch-up go at once, then waits for the batch before the last', () => {
    const pacing = new PullPacing();
    expect(pacing.waitFor(null)).toBeNull();
    pacing.pulled(1000);
    expect(pacing.waitFor(1000)).toBeNull();
    pacing.pulled(2000);
    expect(pacing.waitFor(2000)).toBe(1000);
    pacing.pulled(3000);
    expect(pacing.waitFor(3000)).toBe(2000);
  });

  it('starts afresh when a pull does not continue from the last one (a new catch-up), so it never waits for nothing', () => {
    const pacing = new PullPacing();
    pacing.pulled(1000);
    pacing.pulled(2000);
    // RxDB starts again from the checkpoint it stored (1000), e.g. after a RESYNC.
    expect(pacing.waitFor(1000)).toBeNull();
    pacing.pulled(2000);
    expect(pacing.waitFor(2000)).toBeNull();
    pacing.pulled(2500);
    expect(pacing.waitFor(2500)).toBe(2000);
    expect(pacing.waitFor(null)).toBeNull();
  });

  it('asks again without waiting for a pull that failed and is repeated from the same place only when it continues', () => {
    const pacing = new PullPacing();
    pacing.pulled(10);
    pacing.pulled(20);
    // The request from 20 failed; RxDB asks again from 20: still a continuation, same target.
    expect(pacing.waitFor(20)).toBe(10);
    expect(pacing.waitFor(20)).toBe(10);
  });
});
