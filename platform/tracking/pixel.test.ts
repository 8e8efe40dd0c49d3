import { describe, expect, it } from 'vitest';
import { transparentGif } from './pixel';

describe('transparentGif', () => {
  it('is a 1×1 GIF89a', () => {
    expect(transparentGif.subarray(0, 6).toString('ascii')).toBe('GIF89a');
    expect(transparentGif.readUInt16LE(6)).toBe(1);
    expect(transparentGif.readUInt16LE(8)).toBe(1);
    expect(transparentGif[transparentGif.length - 1]).toBe(0x3b);
  });
});
