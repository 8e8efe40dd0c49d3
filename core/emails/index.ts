export * from './emailTransitions';
export * from './emailTemplates';
export * from './personalise';
export * from './approvalPolicy';
export * from './suppression';
export * from './outgoingMessage';
export * from './leadAnalysis';
export * from './aiPrompt';
