// The rule engine's public API (issue 5): shared types, criteria, actions, compiling, running,
// scheduling, describing, previewing and ready-made templates.
export * from './ruleTypes';
export * from './criteriaCatalogue';
export * from './compileCriteria';
export * from './ruleActions';
export * from './compileRule';
export * from './ruleSchedule';
export * from './runRules';
export * from './stableId';
export * from './describeRule';
export * from './previewRule';
export * from './ruleTemplates';
