export * from './describeLink';
export * from './groupDuplicates';
export * from './pairKey';
export * from './scanDuplicates';
export * from './similarity';
