/**
 * Quoted-printable (vCard 2.1 exports from phones and Outlook) decoded to text. Core has no
 * TextDecoder (no DOM, no Node types), so UTF-8 and Latin-1 are decoded here.
 */

/** "=C3=A9" → bytes [0xC3, 0xA9]; soft line breaks ("=" at a line end) are removed. */
export function quotedPrintableBytes(text: string): number[] {
  const bytes: number[] = [];
  const joined = text.replace(/=\r?\n/g, '');
  for (let index = 0; index < joined.length; ) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined.charAt(index) === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 3;
      continue;
    }
    const code = joined.codePointAt(index) ?? 0;
    // Characters beyond ASCII were not encoded by the sender: keep them, as UTF-8.
    bytes.push(...utf8Bytes(code));
    index += code > 0xffff ? 2 : 1;
  }
  return bytes;
}

function utf8Bytes(code: number): number[] {
  if (code < 0x80) return [code];
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
}

/** Strict UTF-8 decoding; undefined when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: readonly number[]): string | undefined {
  let text = '';
  for (let index = 0; index < bytes.length; ) {
    const first = bytes[index] ?? 0;
    let length: number;
    let code: number;
    if (first < 0x80) {
      length = 1;
      code = first;
    } else if (first >= 0xc2 && first < 0xe0) {
      length = 2;
      code = first & 0x1f;
    } else if (first >= 0xe0 && first < 0xf0) {
      length = 3;
      code = first & 0x0f;
    } else if (first >= 0xf0 && first < 0xf5) {
      length = 4;
      code = first & 0x07;
    } else {
      return undefined;
    }
    if (index + length > bytes.length) return undefined;
    for (let offset = 1; offset < length; offset++) {
      const next = bytes[index + offset] ?? 0;
      if ((next & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    const tooSmall = (length === 3 && code < 0x800) || (length === 4 && code < 0x10000);
    if (tooSmall || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    text += String.fromCodePoint(code);
    index += length;
  }
  return text;
}

/** Latin-1 (ISO-8859-1): every byte is the code point of the same number. */
export function decodeLatin1(bytes: readonly number[]): string {
  return bytes.map((byte) => String.fromCharCode(byte)).join('');
}

/** Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, dashes, Š, Ž…). */
const windows1252High: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

export function decodeWindows1252(bytes: readonly number[]): string {
  return bytes.map((byte) => String.fromCharCode(windows1252High[byte] ?? byte)).join('');
}

/**
 * Quoted-printable text in the given charset. Without a charset (common in 2.1 exports) UTF-8
 * is tried first and Windows-1252 (what such exports mostly are otherwise) is the fallback.
 */
export function decodeQuotedPrintable(text: string, charset = ''): string {
  const bytes = quotedPrintableBytes(text);
  const name = charset.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name === 'iso88591' || name === 'latin1') return decodeLatin1(bytes);
  if (name === 'windows1252' || name === 'cp1252') return decodeWindows1252(bytes);
  return decodeUtf8(bytes) ?? decodeWindows1252(bytes);
}
