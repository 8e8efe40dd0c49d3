import { emptyLeadForm, type LeadFormFields } from '../model/leadForm';
import { normaliseCountry } from '../model/normaliseCountry';
import { splitUnescaped, unescapeMeCardText, unescapeVCardText } from './cardEscapes';
import { decodeQuotedPrintable } from './quotedPrintable';

export type ContactCardFormat = 'vcard' | 'mecard';

/**
 * What a business-card QR code or a pasted contact holds, as capture-form text (not normalised:
 * the form shows it and normaliseLeadInput cleans it). The preferred email and phone fill the
 * form; the others are offered beside it.
 */
export type ContactCardResult =
  | {
      ok: true;
      format: ContactCardFormat;
      fields: LeadFormFields;
      otherEmails: string[];
      otherPhones: string[];
      /** vCards in the text; only the first is read. */
      cardCount: number;
    }
  | { ok: false; error: string };

const notACard = 'This is not a vCard or MECARD. Paste the text of a contact card: it starts with BEGIN:VCARD or MECARD:.';
const emptyCard = 'The card has no name, email, phone or company to capture.';

/** Reads a vCard (2.1, 3.0, 4.0) or a MECARD into capture-form fields. */
export function parseContactCard(text: string): ContactCardResult {
  const cleaned = text.replace(/^\uFEFF/, '').trim();
  if (/^MECARD:/i.test(cleaned)) return finish('mecard', parseMeCard(cleaned), 1);
  if (/^BEGIN:VCARD\s*$/im.test(cleaned)) {
    const cardCount = cleaned.match(/^BEGIN:VCARD\s*$/gim)?.length ?? 1;
    return finish('vcard', parseVCard(cleaned), cardCount);
  }
  return { ok: false, error: notACard };
}

interface CardContent {
  fields: LeadFormFields;
  emails: string[];
  phones: string[];
}

function finish(format: ContactCardFormat, content: CardContent, cardCount: number): ContactCardResult {
  const emails = unique(content.emails);
  const phones = unique(content.phones);
  const fields: LeadFormFields = { ...content.fields, email: emails[0] ?? '', phone: phones[0] ?? '' };
  for (const key of Object.keys(fields) as Array<keyof LeadFormFields>) {
    fields[key] = key === 'notes' ? fields[key].trim() : tidy(fields[key]);
  }
  if (fields.name === '' && fields.email === '' && fields.phone === '' && fields.companyName === '') {
    return { ok: false, error: emptyCard };
  }
  return { ok: true, format, fields, otherEmails: emails.slice(1), otherPhones: phones.slice(1), cardCount };
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values.map(tidy)) {
    const key = value.toLowerCase();
    if (value === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

/** A country component: the ISO code when recognised, otherwise the text as written. */
function countryFromAddress(text: string): string {
  const typed = tidy(text);
  if (typed === '') return '';
  const result = normaliseCountry(typed);
  return result.ok ? result.value : typed;
}

// ---------------------------------------------------------------------------------------- vCard

interface VCardProperty {
  name: string;
  types: Set<string>;
  /** Lower is preferred; Infinity when not marked. */
  pref: number;
  /** Decoded from quoted-printable, still backslash-escaped. */
  value: string;
  order: number;
}

function isQuotedPrintableLine(line: string): boolean {
  const colon = line.indexOf(':');
  return colon > 0 && /QUOTED-PRINTABLE/i.test(line.slice(0, colon));
}

/** Physical lines → logical lines: folded lines unfolded, quoted-printable soft breaks joined. */
function logicalLines(text: string): string[] {
  const keepFoldSpace = /^VERSION:\s*2\.1\s*$/im.test(text);
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const last = lines.length - 1;
    const previous = lines[last];
    if (previous !== undefined && isQuotedPrintableLine(previous) && previous.endsWith('=')) {
      lines[last] = previous.slice(0, -1) + line;
    } else if (previous !== undefined && /^[ \t]/.test(line)) {
      // 3.0 and 4.0 drop the folding space; 2.1 folds at whitespace, which belongs to the value.
      lines[last] = previous + (keepFoldSpace ? line : line.slice(1));
    } else {
      lines.push(line);
    }
  }
  return lines;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) {
      pieces.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  pieces.push(current);
  return pieces;
}

function parseProperty(line: string, order: number): VCardProperty | undefined {
  let quoted = false;
  let colon = -1;
  for (let index = 0; index < line.length; index++) {
    const char = line.charAt(index);
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      colon = index;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const [nameWithGroup = '', ...params] = splitOutsideQuotes(line.slice(0, colon), ';');
  const name = (nameWithGroup.split('.').pop() ?? '').trim().toUpperCase();
  const types = new Set<string>();
  let pref = Number.POSITIVE_INFINITY;
  let encoding = '';
  let charset = '';
  for (const param of params) {
    const equals = param.indexOf('=');
    const key = equals < 0 ? '' : param.slice(0, equals).trim().toUpperCase();
    const values = splitOutsideQuotes(equals < 0 ? param : param.slice(equals + 1), ',').map((value) =>
      value.trim().replace(/^"|"$/g, ''),
    );
    if (equals < 0) {
      // vCard 2.1 bare parameters: "TEL;WORK;VOICE:", "NOTE;QUOTED-PRINTABLE:".
      const bare = (values[0] ?? '').toLowerCase();
      if (bare === 'quoted-printable' || bare === 'base64' || bare === 'b') encoding = bare;
      else if (bare !== '') types.add(bare);
    } else if (key === 'TYPE') {
      for (const value of values) types.add(value.toLowerCase());
    } else if (key === 'PREF') {
      const rank = Number.parseInt(values[0] ?? '', 10);
      if (Number.isFinite(rank)) pref = Math.min(pref, rank);
    } else if (key === 'ENCODING') {
      encoding = (values[0] ?? '').toLowerCase();
    } else if (key === 'CHARSET') {
      charset = values[0] ?? '';
    }
  }
  if (types.has('pref')) pref = Math.min(pref, 1);
  // Photos, logos and sounds are base64; none of them is a capture field.
  if (encoding === 'base64' || encoding === 'b') return undefined;
  const raw = line.slice(colon + 1);
  const value = encoding === 'quoted-printable' ? decodeQuotedPrintable(raw, charset) : raw;
  return { name, types, pref, value, order };
}

/** Preferred first (PREF), then work, then the order in the card; fax and pager last. */
function byPreference(properties: VCardProperty[], unwanted: readonly string[] = []): VCardProperty[] {
  const isUnwanted = (property: VCardProperty): number => (unwanted.some((type) => property.types.has(type)) ? 1 : 0);
  const isNotWork = (property: VCardProperty): number => (property.types.has('work') ? 0 : 1);
  return [...properties].sort(
    (a, b) => isUnwanted(a) - isUnwanted(b) || comparePref(a.pref, b.pref) || isNotWork(a) - isNotWork(b) || a.order - b.order,
  );
}

function comparePref(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function components(value: string): string[] {
  return splitUnescaped(value, ';').map((part) => unescapeVCardText(splitUnescaped(part, ',').join(' ')));
}

function phoneText(value: string): string {
  const text = unescapeVCardText(value).trim().replace(/^tel:/i, '');
  const [number = '', ...params] = text.split(';');
  const extension = params.find((param) => /^ext=/i.test(param));
  return extension ? `${number} ext ${extension.slice(4)}` : number;
}

function parseVCard(text: string): CardContent {
  const lines = logicalLines(text);
  const start = lines.findIndex((line) => /^BEGIN:VCARD\s*$/i.test(line.trim()));
  const properties: VCardProperty[] = [];
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^END:VCARD\s*$/i.test(line.trim())) break;
    const property = parseProperty(line, index);
    if (property) properties.push(property);
  }
  const named = (name: string): VCardProperty[] => properties.filter((property) => property.name === name);
  const firstText = (name: string): string => {
    const property = byPreference(named(name))[0];
    return property ? unescapeVCardText(property.value) : '';
  };

  const [family = '', given = '', additional = ''] = components(named('N')[0]?.value ?? '');
  const name = firstText('FN') || [given, additional, family].map((part) => part.trim()).filter((part) => part !== '').join(' ');
  const [companyName = '', ...units] = components(byPreference(named('ORG'))[0]?.value ?? '');
  const address = components(byPreference(named('ADR'))[0]?.value ?? '');
  const categories = named('CATEGORIES').flatMap((property) => splitUnescaped(property.value, ',').map(unescapeVCardText));

  return {
    fields: {
      ...emptyLeadForm,
      name,
      companyName,
      department: units.map((unit) => unit.trim()).filter((unit) => unit !== '').join(', '),
      jobTitle: firstText('TITLE') || firstText('ROLE'),
      country: countryFromAddress(address[6] ?? ''),
      website: firstText('URL'),
      tags: categories.map((category) => category.trim()).filter((category) => category !== '').join(', '),
      notes: named('NOTE')
        .map((property) => unescapeVCardText(property.value).trim())
        .filter((note) => note !== '')
        .join('\n'),
    },
    emails: byPreference(named('EMAIL')).map((property) => unescapeVCardText(property.value).trim().replace(/^mailto:/i, '')),
    phones: byPreference(named('TEL'), ['fax', 'pager']).map((property) => phoneText(property.value)),
  };
}

// --------------------------------------------------------------------------------------- MECARD

function parseMeCard(text: string): CardContent {
  const body = text.replace(/^MECARD:/i, '');
  const fields: LeadFormFields = { ...emptyLeadForm };
  const emails: string[] = [];
  const phones: string[] = [];
  const notes: string[] = [];
  for (const field of splitUnescaped(body, ';')) {
    const colon = field.indexOf(':');
    if (colon <= 0) continue;
    const key = field.slice(0, colon).trim().toUpperCase();
    const raw = field.slice(colon + 1);
    const value = unescapeMeCardText(raw).trim();
    if (value === '') continue;
    switch (key) {
      case 'N': {
        // "Doe,John": family name, then given name.
        const [family = '', given = ''] = splitUnescaped(raw, ',').map((part) => unescapeMeCardText(part).trim());
        fields.name = [given, family].filter((part) => part !== '').join(' ');
        break;
      }
      case 'TEL':
        phones.push(value);
        break;
      case 'EMAIL':
        emails.push(value);
        break;
      case 'ORG':
        fields.companyName ||= value;
        break;
      case 'TITLE':
        fields.jobTitle ||= value;
        break;
      case 'URL':
        fields.website ||= value;
        break;
      case 'NOTE':
        notes.push(value);
        break;
      case 'ADR': {
        // Seven comma-separated parts, the last being the country; a one-part address is free text.
        const parts = splitUnescaped(raw, ',').map((part) => unescapeMeCardText(part).trim());
        const last = parts[parts.length - 1] ?? '';
        const recognised = normaliseCountry(last);
        fields.country ||= recognised.ok ? recognised.value : parts.length >= 7 ? last : '';
        break;
      }
      default:
        break;
    }
  }
  fields.notes = notes.join('\n');
  return { fields, emails, phones };
}
