export * from './cardEscapes';
export * from './duplicateIndex';
export * from './duplicateKeys';
export * from './findDuplicates';
export * from './parseContactCard';
export * from './quotedPrintable';
