export * from './customerStages';
export * from './industries';
export * from './jobTitles';
export * from './leadGroups';
export * from './leadSources';
export * from './qualificationOptions';
