export * from './mergedLeadIds';
export * from './mergeFields';
export * from './mergeLeads';
export * from './planMergeChanges';
