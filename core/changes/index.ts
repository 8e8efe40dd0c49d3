// Pure parts of the change journal (renderer/data/changeJournal.ts): comparing stored documents,
// and what an undo or a crash rollback writes.
export * from './jsonEqual';
export * from './documentDiff';
export * from './undoPlan';
