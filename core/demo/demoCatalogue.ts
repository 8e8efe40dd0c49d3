import type { Industry } from '../reference/industries';

/** What demo companies do: a word for the name, the industries it fits, products and tags. */
export interface DemoTrade {
  word: string;
  industries: readonly Industry[];
  products: readonly string[];
  tags: readonly string[];
}

export const demoTrades: readonly DemoTrade[] = [
  {
    word: 'Power',
    industries: ['Power Generation', 'Power Transmission & Distribution', 'Utilities'],
    products: ['1 MVA distribution transformer', '11 kV switchgear panel', '500 kVA diesel generator', 'gas turbine spare parts'],
    tags: ['transformers', 'switchgear', 'generators', 'gas-turbines'],
  },
  {
    word: 'Energy',
    industries: ['Power Generation', 'Renewable Energy Sources', 'Energy Storage'],
    products: ['2 MWh battery storage system', 'combined-cycle plant maintenance', 'energy management system'],
    tags: ['batteries', 'energy-storage', 'maintenance'],
  },
  {
    word: 'Solar',
    industries: ['Solar Energy', 'Renewable Energy Sources'],
    products: ['550 W mono PV modules', '100 kW string inverters', 'solar mounting structures', 'solar cable 6 mm²'],
    tags: ['solar-pv', 'inverters', 'mounting', 'cables'],
  },
  {
    word: 'Wind',
    industries: ['Wind Energy', 'Renewable Energy Sources'],
    products: ['wind turbine gearbox', 'blade inspection service', 'nacelle cooling unit'],
    tags: ['wind', 'gearboxes', 'maintenance'],
  },
  {
    word: 'Water',
    industries: ['Water Treatment Technologies', 'Desalination', 'Water Supply & Distribution', 'Wastewater Management'],
    products: ['RO membranes 8"', 'centrifugal pumps 200 m³/h', 'UV disinfection unit', 'butterfly valves DN300'],
    tags: ['membranes', 'pumps', 'desalination', 'valves'],
  },
  {
    word: 'Petroleum',
    industries: ['Oil & Gas', 'Refining', 'Petrochemicals'],
    products: ['API 6D ball valves', 'seamless line pipe 12"', 'heat exchanger tubes', 'process gas compressor'],
    tags: ['valves', 'pipes', 'compressors', 'heat-exchangers'],
  },
  {
    word: 'Oilfield',
    industries: ['Oilfield Services', 'Oil & Gas'],
    products: ['drill pipe 5"', 'wellhead equipment', 'mud pumps', 'casing and tubing'],
    tags: ['drilling', 'wellheads', 'pumps', 'octg'],
  },
  {
    word: 'Gas',
    industries: ['Oil & Gas', 'LNG', 'Pipelines'],
    products: ['gas metering skid', 'pressure reducing station', 'pipeline coating', 'cryogenic valves'],
    tags: ['metering', 'pipelines', 'valves', 'lng'],
  },
  {
    word: 'Electric',
    industries: ['Electrical Equipment', 'Power Transmission & Distribution'],
    products: ['33 kV XLPE cable', 'smart electricity meters', 'ring main units', 'cable glands'],
    tags: ['cables', 'meters', 'switchgear', 'transformers'],
  },
  {
    word: 'Engineering',
    industries: ['Construction & EPC', 'Engineering Consultancy'],
    products: ['substation EPC package', 'pipe supports', 'cable trays', 'HVAC chillers'],
    tags: ['epc', 'substations', 'cable-trays', 'hvac'],
  },
  {
    word: 'Industrial',
    industries: ['Manufacturing', 'Industrial Automation'],
    products: ['PLC control panels', 'variable frequency drives', 'industrial boilers', 'air compressors'],
    tags: ['automation', 'drives', 'boilers', 'compressors'],
  },
  {
    word: 'Hydro',
    industries: ['Hydropower', 'Hydrogen'],
    products: ['Francis turbine runner', 'PEM electrolyser stack', 'penstock valves'],
    tags: ['hydropower', 'hydrogen', 'electrolysers', 'valves'],
  },
];

/** Words after the trade word in company names. */
export const companyForms = ['Systems', 'Solutions', 'Technologies', 'Services', 'Industries', 'Trading', 'Contracting', 'Group', 'Projects', 'Supplies'] as const;

/** Trade shows of the energy, power, water and oil & gas industries. */
export const demoTradeShows = [
  'ADIPEC',
  'Middle East Energy',
  'WETEX',
  'Saudi Electricity & Water Expo',
  'Offshore Technology Conference',
  'Intersolar Europe',
  'Enlit Europe',
  'Hannover Messe',
  'Africa Energy Forum',
  'POWERGEN International',
  'Gastech',
  'Egypt Energy',
  'Singapore International Water Week',
  'Offshore Northern Seas',
] as const;

/** Tags a seller adds besides product interests. */
export const sellerTags = ['vip', 'repeat-buyer', 'tender', 'distributor', 'end-user', 'government', 'urgent'] as const;

/** Email subjects of demo outreach. */
export const demoEmailSubjects = [
  'Your quotation request',
  'Following up on our meeting',
  'Technical datasheets you asked for',
  'Case study: similar project in your region',
  'New product range for your project',
  'Checking in',
] as const;

/** Marketplace pages a demo buyer views. */
export const demoPages = ['/products', '/products/specifications', '/store', '/company-profile', '/catalogue', '/pricing'] as const;
