export * from './describeLink';
export * from './dismissal';
export * from './groupDuplicates';
export * from './pairKey';
export * from './scanDuplicates';
export * from './similarity';
