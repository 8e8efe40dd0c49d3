import type { CriterionEvaluation } from '../../../../core/scoring/scoringModel';

/** The kind of data a criterion reads, in the seller's words (the "Data type" column). */
export function dataTypeLabel(evaluation: CriterionEvaluation): string {
  switch (evaluation.kind) {
    case 'present':
      return 'Filled in';
    case 'inList':
      return 'In a list';
    case 'seniority':
      return 'Job title seniority';
    case 'optionRank':
    case 'optionPoints':
      return 'Option';
    case 'scale':
      return 'Number scale';
    case 'counter':
      return 'Count';
    case 'rate':
      return 'Rate (%)';
    case 'timeUntouched':
      return 'Days untouched (penalty)';
    case 'notTracked':
      return 'Platform data — not tracked yet';
  }
}

const fieldWords: Record<string, string> = {
  name: 'the contact name',
  email: 'the email address',
  phone: 'the phone number',
  country: 'the country',
  jobTitle: 'the job title',
  'source.category': 'the lead source category',
  'source.channel': 'the lead source',
  'company.name': 'the company name',
  'company.size': 'the company size',
  'company.annualRevenue': 'the annual revenue',
  'company.industry': 'the industry',
  'qualification.budget': 'the budget',
  'qualification.budgetAmount': 'the budget amount',
  'qualification.authority': 'the authority',
  'qualification.need': 'the need',
  'qualification.timeline': 'the timeline',
  'qualification.challenges': 'the challenges',
  'qualification.fit': 'the product fit',
  engagementLevel: 'the engagement level',
  stage: 'the customer stage',
};

const counterWords: Record<string, string> = {
  emailsSent: 'emails sent',
  emailsOpened: 'emails opened',
  emailsClicked: 'email clicks',
  emailsReplied: 'email replies',
  quoteRequests: 'quote requests',
  pageViews: 'page views',
  downloads: 'downloads',
  chats: 'chats',
  calls: 'calls',
  meetings: 'meetings',
  formSubmits: 'form submissions',
};

const words = (name: string, table: Record<string, string>): string => table[name] ?? name;

/** What the evaluation does, in one plain sentence (for the criterion's description). */
export function evaluationDescription(evaluation: CriterionEvaluation): string {
  switch (evaluation.kind) {
    case 'present':
      return `Information points when ${words(evaluation.field, fieldWords)} is filled in.`;
    case 'inList': {
      const partial = evaluation.partialValues.length > 0 ? `, ${evaluation.partialPoints} points for a partial match` : '';
      const count = evaluation.values.length;
      return `Information points when ${words(evaluation.field, fieldWords)} is filled in; evaluation points when it is one of ${count} chosen value${count === 1 ? '' : 's'}${partial}.`;
    }
    case 'seniority':
      return `Information points when ${words(evaluation.field, fieldWords)} is filled in; evaluation points when its seniority is ${evaluation.seniorities.join(', ').replace(/_/g, ' ')}.`;
    case 'optionRank':
      return `Information points when ${words(evaluation.field, fieldWords)} is chosen; evaluation points scaled by the option's rank.`;
    case 'optionPoints':
      return `Points set per option of ${words(evaluation.field, fieldWords)}.`;
    case 'scale':
      return `Information points when ${words(evaluation.field, fieldWords)} is known; evaluation points in ${evaluation.steps.length} steps by its size.`;
    case 'counter':
      return `Points in ${evaluation.steps.length} step${evaluation.steps.length === 1 ? '' : 's'} by the number of ${words(evaluation.counter, counterWords)}.`;
    case 'rate':
      return `Information points for any ${words(evaluation.numerator, counterWords)}; evaluation points by ${words(evaluation.numerator, counterWords)} as a share of ${words(evaluation.denominator, counterWords)}.`;
    case 'timeUntouched':
      return `A penalty by days since the buyer last showed active interest: ${evaluation.steps.map((s) => `${s.points} after ${s.minDays} days`).join(', ')}.`;
    case 'notTracked':
      return `Not scored yet: ${evaluation.why}`;
  }
}
