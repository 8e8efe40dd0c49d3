import type { QuestionKind, QuestionSection } from '../../../../core/model/dispatch';

export const sectionLabels: Record<QuestionSection, string> = {
  personal: 'Personal',
  company: 'Company',
  bant_champ: 'BANT-CHAMP',
  quote: 'Quote',
};

export const kindLabels: Record<QuestionKind, string> = {
  text: 'Short text',
  long_text: 'Long text',
  number: 'Number',
  single_choice: 'One choice',
  multiple_choice: 'Several choices',
  email: 'Email address',
  phone: 'Phone number',
  country: 'Country',
  date: 'Date',
};
