export * from './demoCountries';
export * from './generateDemoEvents';
export * from './generateDemoLeads';
export * from './seededRandom';
export * from './demoSeedRequest';
