/**
 * Industries of Power Cozmo buyers. Seed 002 (G2 "Industry") names the first five; the rest
 * are the marketplace's other sectors. Leads store the name; sellers may add their own.
 */
export const industries = [
  'Power Generation',
  'Renewable Energy Sources',
  'Water Treatment Technologies',
  'Oil & Gas',
  'Manufacturing',
  'Power Transmission & Distribution',
  'Solar Energy',
  'Wind Energy',
  'Energy Storage',
  'Hydropower',
  'Nuclear Energy',
  'Electrical Equipment',
  'Utilities',
  'Desalination',
  'Wastewater Management',
  'Water Supply & Distribution',
  'Petrochemicals',
  'Oilfield Services',
  'Pipelines',
  'Refining',
  'LNG',
  'Hydrogen',
  'Mining',
  'Construction & EPC',
  'HVAC & Building Services',
  'Industrial Automation',
  'Engineering Consultancy',
  'Trading & Distribution',
  'Government & Public Sector',
] as const;
export type Industry = (typeof industries)[number];

const byKey = new Map<string, Industry>(industries.map((name) => [industryKey(name), name]));

function industryKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The listed spelling of an industry typed in any case ("oil and gas" → "Oil & Gas"), if listed. */
export function findIndustry(typed: string): Industry | undefined {
  return byKey.get(industryKey(typed));
}
