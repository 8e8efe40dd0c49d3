/**
 * Splitting and unescaping of contact-card text. vCard and MECARD both escape separators with a
 * backslash, so splitting must skip escaped separators and unescape only afterwards.
 */

/** Splits on `separator` where it is not escaped by a backslash; pieces keep their escapes. */
export function splitUnescaped(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (char === '\\' && index + 1 < text.length) {
      current += char + text.charAt(index + 1);
      index++;
    } else if (char === separator) {
      pieces.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  pieces.push(current);
  return pieces;
}

/** vCard text value: \n or \N is a line break, \, \; \: \\ stand for themselves. */
export function unescapeVCardText(text: string): string {
  return text.replace(/\\([\s\S])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** MECARD value: a backslash makes the next character literal. */
export function unescapeMeCardText(text: string): string {
  return text.replace(/\\([\s\S])/g, '$1');
}
