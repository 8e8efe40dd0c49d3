export * from './activityFigure';
export * from './groupSettings';
export * from './qualificationSettings';
export * from './scoringWithQualification';
export * from './stageSettings';
export * from './leadSettings';
