export * from './answerableFields';
export * from './defaultQuestionnaire';
export * from './mapAnswers';
export * from './questionnaireEmail';
export * from './questionnaireTemplate';
export * from './selectQuestions';
export * from './validateAnswers';
