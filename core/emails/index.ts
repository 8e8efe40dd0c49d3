export * from './emailTransitions';
