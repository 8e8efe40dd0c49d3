export * from './documentLabel';
export * from './mergeDocuments';
export * from './mergeRules';
export * from './syncConflictData';
