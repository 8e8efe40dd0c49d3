export * from './eventEffects';
export * from './leadBrain';
