/**
 * Tidies a person's name as typed: trims, collapses whitespace, and re-cases names typed all in
 * capitals or all in lower case ("JOHN O'BRIEN" → "John O'Brien", "ahmed al-mansouri" →
 * "Ahmed al-Mansouri", "jan van der berg" → "Jan van der Berg"). A name typed in mixed case is
 * the person's own spelling (McKenzie, DeShawn, van Gogh) and is kept as typed.
 */
export function normalisePersonName(raw: string): string {
  const name = raw.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  if (!hasCasedLetters(name)) return name;
  const isAllUpper = name === name.toUpperCase();
  const isAllLower = name === name.toLowerCase();
  if (!isAllUpper && !isAllLower) return name;
  const words = name.toLowerCase().split(' ');
  return words.map((word, index) => caseWord(word, index, words.length)).join(' ');
}

/** Lower-case name particles, except when they open the name ("Van Dyke" as typed at the start). */
const particles = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du',
  'la', 'le', 'ter', 'ten', 'zu', 'bin', 'bint', 'ibn',
]);
/**
 * Lower-case prefixes joined by a hyphen: "al-Hassan", "el-Sayed". A free-standing "Al" stays
 * capitalised, as Gulf business cards write it ("Al Mansouri").
 */
const hyphenParticles = new Set(['al', 'el', 'ul', 'ad', 'ash', 'as', 'at', 'az']);
const romanNumeral = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)$/;
const suffixes: Record<string, string> = { jr: 'Jr', 'jr.': 'Jr.', sr: 'Sr', 'sr.': 'Sr.' };

function hasCasedLetters(text: string): boolean {
  return text.toUpperCase() !== text.toLowerCase();
}

function capitalise(part: string): string {
  const first = part.charAt(0);
  return first.toUpperCase() + part.slice(1);
}

function caseWord(word: string, index: number, count: number): string {
  const isFirst = index === 0;
  const isLast = index === count - 1;
  if (!isFirst && particles.has(word) && !isLast) return word;
  if (!isFirst && romanNumeral.test(word)) return word.toUpperCase();
  const suffix = suffixes[word];
  if (!isFirst && suffix) return suffix;
  return word
    .split('-')
    .map((piece, pieceIndex, pieces) => {
      const keepLower = pieceIndex < pieces.length - 1 && hyphenParticles.has(piece) && !(isFirst && pieceIndex === 0);
      return keepLower ? piece : casePiece(piece);
    })
    .join('-');
}

/** One hyphen-free piece: apostrophes ("O'Brien", "D'Angelo"), initials ("J.R."), "Mc". */
function casePiece(piece: string): string {
  let cased = piece
    .split(/(['’.])/)
    .map((part, index, parts) => {
      if (index === 0) return capitalise(part);
      const before = parts[index - 1];
      if (before === '.') return capitalise(part);
      // Capitalise after an apostrophe only for one-letter prefixes: O'Brien, but Ng'ang'a stays.
      if ((before === "'" || before === '’') && (parts[index - 2] ?? '').length === 1) return capitalise(part);
      return part;
    })
    .join('');
  if (/^Mc\p{Ll}/u.test(cased) && cased.length > 3) cased = 'Mc' + capitalise(cased.slice(2));
  return cased;
}
