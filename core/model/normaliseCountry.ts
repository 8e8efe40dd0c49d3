import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { fail, succeed, type Result } from './result';

countries.registerLocale(en);

/** What sellers and business cards write that the English ISO names do not cover. */
const aliases: Record<string, string> = {
  uae: 'AE',
  emirates: 'AE',
  'the emirates': 'AE',
  dubai: 'AE',
  'abu dhabi': 'AE',
  usa: 'US',
  us: 'US',
  america: 'US',
  'united states': 'US',
  'u s a': 'US',
  uk: 'GB',
  britain: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  saudi: 'SA',
  ksa: 'SA',
  'kingdom of saudi arabia': 'SA',
  'saudi arabia kingdom of': 'SA',
  korea: 'KR',
  'south korea': 'KR',
  'north korea': 'KP',
  russia: 'RU',
  iran: 'IR',
  syria: 'SY',
  vietnam: 'VN',
  laos: 'LA',
  holland: 'NL',
  turkey: 'TR',
  turkiye: 'TR',
  czech: 'CZ',
  'ivory coast': 'CI',
  drc: 'CD',
  'dr congo': 'CD',
  'congo kinshasa': 'CD',
  'congo brazzaville': 'CG',
  burma: 'MM',
  swaziland: 'SZ',
  'east timor': 'TL',
  macedonia: 'MK',
  'the gambia': 'GM',
  palestine: 'PS',
  vatican: 'VA',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  taiwan: 'TW',
  tanzania: 'TZ',
  bolivia: 'BO',
  venezuela: 'VE',
  moldova: 'MD',
  brunei: 'BN',
  'cape verde': 'CV',
  prc: 'CN',
  'mainland china': 'CN',
};

/** Case, accents, punctuation and "&"/"and" do not matter when matching names. */
function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.'’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const byName = new Map<string, string>();
for (const [code, names] of Object.entries(en.countries)) {
  for (const name of Array.isArray(names) ? names : [names]) {
    const key = nameKey(name);
    // Keep the first claim on a shared name ("Congo"): the ISO short name's country.
    if (!byName.has(key)) byName.set(key, code);
  }
}
for (const [alias, code] of Object.entries(aliases)) byName.set(nameKey(alias), code);

const alpha2Codes = new Set(Object.keys(countries.getAlpha2Codes()));

function lookup(text: string): string | undefined {
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    if (upper === 'UK') return 'GB';
    if (alpha2Codes.has(upper)) return upper;
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = countries.alpha3ToAlpha2(upper);
    if (code) return code;
  }
  if (/^\d{3}$/.test(trimmed)) return countries.numericToAlpha2(trimmed);
  return byName.get(nameKey(trimmed));
}

/**
 * A country as typed → ISO 3166-1 alpha-2: codes ("de", "DEU", "784"), English names in any case
 * and accents ("Korea, Republic of", "Cote d'Ivoire") and common aliases ("UAE", "UK", "Saudi").
 * Names in other languages ("Deutschland") are not recognised.
 */
export function normaliseCountry(nameOrCode: string): Result<string> {
  const typed = nameOrCode.trim().replace(/\s+/g, ' ');
  if (typed === '') return fail('enter a country');
  const found = lookup(typed);
  if (found) return succeed(found);
  // "United Arab Emirates (UAE)", "Dubai, UAE": try the parts.
  const parts = typed
    .split(/[(),/]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  for (const part of parts.reverse()) {
    const code = lookup(part);
    if (code) return succeed(code);
  }
  return fail(`"${typed}" is not a country we know; type its English name or code, for example "United Arab Emirates" or "AE"`);
}

/** English name of an ISO alpha-2 code, or the code itself when unknown. */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}

/** All ISO alpha-2 codes with their English names, sorted by name (for pickers). */
export function countryOptions(): Array<{ code: string; name: string }> {
  return [...alpha2Codes]
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
