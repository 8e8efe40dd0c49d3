export * from './behaviourPoints';
export * from './defaultScoringModel';
export * from './evaluateCriterion';
export * from './nextBand';
export * from './scoreLead';
export * from './scoringModel';
export * from './temperatureFor';
export * from './compileScoring';
