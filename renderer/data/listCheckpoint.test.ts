import { describe, expect, it } from 'vitest';
import { catchUpOverlapMs, laterCheckpoint, withOverlap } from './listCheckpoint';

describe('list checkpoints', () => {
  it('keeps the later write-time checkpoint', () => {
    expect(laterCheckpoint({ id: 'a', lwt: 5 }, { id: 'b', lwt: 4 })).toEqual({ id: 'a', lwt: 5 });
    expect(laterCheckpoint({ id: 'a', lwt: 5 }, { id: 'b', lwt: 5 })).toEqual({ id: 'b', lwt: 5 });
    expect(laterCheckpoint(undefined, { id: 'b', lwt: 1 })).toEqual({ id: 'b', lwt: 1 });
    expect(laterCheckpoint({ id: 'a', lwt: 5 }, undefined)).toEqual({ id: 'a', lwt: 5 });
    expect(laterCheckpoint({ seq: 1 }, { seq: 2 })).toEqual({ seq: 2 });
  });

  it('moves a write-time checkpoint back by the overlap, and leaves others alone', () => {
    expect(withOverlap({ id: 'x', lwt: 100_000 })).toEqual({ id: '', lwt: 100_000 - catchUpOverlapMs });
    expect(withOverlap({ id: 'x', lwt: 10 })).toEqual({ id: '', lwt: 0 });
    expect(withOverlap({ seq: 3 })).toEqual({ seq: 3 });
  });
});
