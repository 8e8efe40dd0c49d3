import { describe, expect, it } from 'vitest';
import { decodeLatin1, decodeQuotedPrintable, decodeUtf8, decodeWindows1252, quotedPrintableBytes } from './quotedPrintable';

describe('quoted-printable', () => {
  it('decodes UTF-8 escapes', () => {
    expect(decodeQuotedPrintable('Jos=C3=A9 Garc=C3=ADa', 'UTF-8')).toBe('José García');
    expect(decodeQuotedPrintable('=E7=8E=8B=E4=BC=9F')).toBe('王伟');
    expect(decodeQuotedPrintable('=D9=85=D8=AD=D9=85=D8=AF')).toBe('محمد');
  });

  it('joins soft line breaks', () => {
    expect(decodeQuotedPrintable('Hello=\r\n World=\nagain')).toBe('Hello Worldagain');
  });

  it('decodes Latin-1 when the card says so', () => {
    expect(decodeQuotedPrintable('M=FCller', 'ISO-8859-1')).toBe('Müller');
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 and no charset is given', () => {
    expect(decodeQuotedPrintable('M=FCller =80')).toBe('Müller €');
  });

  it('leaves malformed escapes as text', () => {
    expect(decodeQuotedPrintable('50=ZZ% =4')).toBe('50=ZZ% =4');
  });

  it('keeps unencoded non-ASCII characters', () => {
    expect(quotedPrintableBytes('é')).toEqual([0xc3, 0xa9]);
    expect(decodeQuotedPrintable('é=C3=A9😀')).toBe('éé😀');
  });
});

describe('byte decoders', () => {
  it('refuses invalid UTF-8', () => {
    expect(decodeUtf8([0xc3])).toBeUndefined();
    expect(decodeUtf8([0xff])).toBeUndefined();
    expect(decodeUtf8([0xc0, 0x80])).toBeUndefined();
    expect(decodeUtf8([0xe0, 0x80, 0x80])).toBeUndefined();
    expect(decodeUtf8([0xed, 0xa0, 0x80])).toBeUndefined();
    expect(decodeUtf8([0xf0, 0x9f, 0x98, 0x80])).toBe('😀');
  });

  it('maps Latin-1 and Windows-1252 bytes', () => {
    expect(decodeLatin1([0x41, 0xe9])).toBe('Aé');
    expect(decodeWindows1252([0x93, 0x41, 0x94, 0x96])).toBe('“A”–');
  });
});
