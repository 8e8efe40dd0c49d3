import { industries } from '../reference/industries';
import { qualificationOptions, type QualificationField } from '../reference/qualificationOptions';
import type { CriterionEvaluation, CriterionGroup, ScoringCriterion, ScoringModel } from './scoringModel';

/**
 * Seed 002's "Default Values Table" transcribed row by row (information, evaluation and max points,
 * weight), plus seed 001's behavioural points, decay rules and temperature bands. Where the seed
 * gives a range ("0-8 (Scaled)") the top of the range is stored and the wording kept in seedNote;
 * the scaling steps are our defaults. Criteria whose data the app does not hold yet are disabled
 * (kind notTracked) so they neither add points nor inflate the maximum.
 */

interface Row {
  id: string;
  section: string;
  name: string;
  info: number;
  evaluation: number;
  max: number;
  weight: number;
  note: string;
  how: CriterionEvaluation;
}

function criterion(group: CriterionGroup, row: Row): ScoringCriterion {
  return {
    id: row.id,
    group,
    section: row.section,
    name: row.name,
    informationPoints: row.info,
    evaluationPoints: row.evaluation,
    maxPoints: row.max,
    weight: row.weight,
    enabled: row.how.kind !== 'notTracked',
    seedNote: row.note,
    evaluation: row.how,
  };
}

const notTracked = (why: string): CriterionEvaluation => ({ kind: 'notTracked', why });
const platformData = notTracked('Power Cozmo platform analytics are not available to the app yet.');

/** Ranks straight from the qualification reference lists. */
function ranksOf(fieldName: QualificationField): { value: string; rank: number | null }[] {
  return qualificationOptions[fieldName].map((o) => ({ value: o.value, rank: o.rank }));
}

/** Seed 002 G2 "Industry": the five industries it names are the ideal match, the rest partial. */
const idealIndustries = industries.slice(0, 5);
const partialIndustries = industries.slice(5);

const g1 = 'G#1 Lead Contact Info';
const g2 = 'G#2 Lead Company Info';
const g3a = 'G#3A Lead BANT';
const g3b = 'G#3B Fit with Product';
const g4a = 'G#4A Buyer Engagement';
const g4b = 'G#4B Buyer interaction with seller Communication channel';
const g4c = 'G#4C Buyer Int. - Actions';
const g5 = 'G#5 Buyer Engagement with Platform';

const percentSteps = [
  { min: 10, points: 2 },
  { min: 25, points: 3 },
  { min: 40, points: 4 },
  { min: 60, points: 5 },
];

export const defaultCriteria: readonly ScoringCriterion[] = [
  // G1 Lead Contact Info
  criterion('G1', { id: 'contacts', section: g1, name: 'Contacts', info: 5, evaluation: 0, max: 5, weight: 4, note: '5 | 0', how: { kind: 'present', field: 'name' } }),
  criterion('G1', { id: 'primary_email', section: g1, name: 'Primary Email Address', info: 5, evaluation: 0, max: 5, weight: 5, note: '5 | 0', how: { kind: 'present', field: 'email' } }),
  criterion('G1', { id: 'phone', section: g1, name: 'Phone Number', info: 3, evaluation: 0, max: 3, weight: 3, note: '3 | 0', how: { kind: 'present', field: 'phone' } }),
  criterion('G1', {
    id: 'location', section: g1, name: 'Location', info: 2, evaluation: 3, max: 5, weight: 3, note: '2 | 3 (If in target regions)',
    // Target regions are the seller's choice: none by default.
    how: { kind: 'inList', field: 'country', values: [], partialValues: [], partialPoints: 0 },
  }),
  criterion('G1', {
    id: 'job_title', section: g1, name: 'Job Title', info: 2, evaluation: 3, max: 5, weight: 3, note: '2 | 3 (If relevant roles)',
    how: { kind: 'seniority', field: 'jobTitle', seniorities: ['executive', 'vice_president', 'director', 'manager'] },
  }),
  criterion('G1', {
    id: 'lead_source', section: g1, name: 'Lead Source', info: 1, evaluation: 2, max: 3, weight: 2, note: '1 | 2 (If specific sources are high-value)',
    how: { kind: 'inList', field: 'source.channel', values: ['Get Quote Form', 'Contact Seller Form', 'Referrals', 'Customer Referrals'], partialValues: [], partialPoints: 0 },
  }),
  // G2 Lead Company Info
  criterion('G2', { id: 'company_name', section: g2, name: 'Company Name', info: 3, evaluation: 0, max: 3, weight: 3, note: '3 | 0', how: { kind: 'present', field: 'company.name' } }),
  criterion('G2', {
    id: 'company_size', section: g2, name: 'Company Size', info: 1, evaluation: 3, max: 4, weight: 3, note: '1 | 0-3 (Scaled based on size)',
    how: { kind: 'scale', field: 'company.size', steps: [{ min: 50, points: 1 }, { min: 100, points: 2 }, { min: 500, points: 3 }] },
  }),
  criterion('G2', {
    id: 'annual_revenue', section: g2, name: 'Annual Revenue', info: 1, evaluation: 4, max: 5, weight: 2, note: '1 | 0-4 (Scaled)',
    how: { kind: 'scale', field: 'company.annualRevenue', steps: [{ min: 1e6, points: 1 }, { min: 1e7, points: 2 }, { min: 5e7, points: 3 }, { min: 1e8, points: 4 }] },
  }),
  criterion('G2', {
    id: 'industry', section: g2, name: 'Industry', info: 2, evaluation: 5, max: 7, weight: 4, note: '2 | 5 (If ideal match), 0-3 (Partial matches)',
    how: { kind: 'inList', field: 'company.industry', values: [...idealIndustries], partialValues: [...partialIndustries], partialPoints: 3 },
  }),
  // G3A Lead BANT
  criterion('G3', { id: 'budget', section: g3a, name: 'Budget & Money', info: 2, evaluation: 8, max: 10, weight: 4, note: '2 | 0-8 (Scaled based on price range)', how: { kind: 'optionRank', field: 'qualification.budget', ranks: ranksOf('budget') } }),
  criterion('G3', {
    id: 'authority', section: g3a, name: 'Authority', info: 0, evaluation: 10, max: 10, weight: 5, note: '0 | 10 (If decision-maker)',
    how: { kind: 'optionPoints', field: 'qualification.authority', options: qualificationOptions.authority.map((o) => ({ value: o.value, points: o.value === 'decision_maker' ? 10 : 0 })) },
  }),
  criterion('G3', { id: 'need', section: g3a, name: 'Need', info: 1, evaluation: 4, max: 5, weight: 3, note: '1 | 0-4 (Higher for stronger need)', how: { kind: 'optionRank', field: 'qualification.need', ranks: ranksOf('need') } }),
  criterion('G3', { id: 'timeline', section: g3a, name: 'Timeline', info: 1, evaluation: 4, max: 5, weight: 3, note: '1 | 0-4 (Shorter timelines are better)', how: { kind: 'optionRank', field: 'qualification.timeline', ranks: ranksOf('timeline') } }),
  criterion('G3', {
    id: 'challenges', section: g3a, name: 'Challenges', info: 2, evaluation: 3, max: 5, weight: 2, note: '2 | 3 (If you solve their pain points)',
    // Whether the seller solves them is a judgement the lead record does not hold; only presence scores.
    how: { kind: 'present', field: 'qualification.challenges' },
  }),
  // G3B Fit with Product
  criterion('G3', { id: 'need_alignment', section: g3b, name: 'Need Alignment', info: 0, evaluation: 10, max: 10, weight: 4, note: '0 | 10 (If perfect match)', how: { kind: 'optionRank', field: 'qualification.fit', ranks: ranksOf('fit') } }),
  criterion('G3', { id: 'target_customer_profile', section: g3b, name: 'Target Customer Profile', info: 2, evaluation: 5, max: 7, weight: 3, note: '2 | 5 (If they fit your ideal profile)', how: notTracked('No ideal customer profile is defined yet.') }),
  // G4A Buyer Engagement
  criterion('G4', {
    id: 'engagement_level', section: g4a, name: 'Engagement Level', info: 10, evaluation: 0, max: 10, weight: 3, note: '0-10 (Scaled) | 0',
    how: { kind: 'optionPoints', field: 'engagementLevel', options: [{ value: 'HOT', points: 10 }, { value: 'WARM', points: 7 }, { value: 'INTERESTED', points: 5 }, { value: 'COLD', points: 2 }, { value: 'UNRESPONSIVE', points: 0 }] },
  }),
  criterion('G4', { id: 'seasons_engaged', section: g4a, name: 'Seasons Engaged', info: 4, evaluation: 0, max: 4, weight: 2, note: '1-4 (More seasons is better) | 0', how: platformData }),
  criterion('G4', { id: 'page_viewed', section: g4a, name: 'Page Viewed', info: 2, evaluation: 3, max: 5, weight: 2, note: '2 | 3 (If highly relevant page)', how: { kind: 'counter', counter: 'pageViews', steps: [{ min: 1, points: 2 }] } }),
  criterion('G4', { id: 'page_revisits', section: g4a, name: 'Page Revisits', info: 3, evaluation: 0, max: 3, weight: 1, note: '1-3 (More revisits is better) | 0', how: { kind: 'counter', counter: 'pageViews', steps: [{ min: 2, points: 1 }, { min: 4, points: 2 }, { min: 6, points: 3 }] } }),
  criterion('G4', { id: 'time_on_page', section: g4a, name: 'Time on Page', info: 1, evaluation: 2, max: 3, weight: 1, note: '1 | 2 (If exceeding average)', how: platformData }),
  criterion('G4', { id: 'scroll_depth', section: g4a, name: 'Scroll Depth', info: 1, evaluation: 2, max: 3, weight: 1, note: '1 | 2 (If read most of the content)', how: platformData }),
  criterion('G4', { id: 'clicks', section: g4a, name: 'Clicks', info: 3, evaluation: 0, max: 3, weight: 1, note: '1-3 (More clicks is better) | 0', how: { kind: 'counter', counter: 'emailsClicked', steps: [{ min: 1, points: 1 }, { min: 3, points: 2 }, { min: 5, points: 3 }] } }),
  criterion('G4', { id: 'element_clicked', section: g4a, name: 'Element Clicked', info: 2, evaluation: 3, max: 5, weight: 2, note: '2 | 3 (If high-value element)', how: platformData }),
  criterion('G4', {
    id: 'time_untouched', section: g4a, name: 'Time Untouched', info: 0, evaluation: 10, max: -10, weight: 2, note: '0 | -5 to -10 (Penalty, longer = worse)',
    how: { kind: 'timeUntouched', steps: [{ minDays: 7, points: -5 }, { minDays: 30, points: -10 }] },
  }),
  // G4B Buyer interaction with seller: communication channel
  criterion('G4', { id: 'email_open_rate', section: g4b, name: 'Email Open Rate', info: 1, evaluation: 5, max: 6, weight: 2, note: '1 (Any opens) | 2-5 (Scaled based on %)', how: { kind: 'rate', numerator: 'emailsOpened', denominator: 'emailsSent', steps: percentSteps } }),
  criterion('G4', { id: 'chat_response_rate', section: g4b, name: 'Chat Response Rate', info: 1, evaluation: 5, max: 6, weight: 2, note: '1 (Any response) | 2-5 (Scaled)', how: notTracked('Chats started by the seller are not counted separately yet.') }),
  criterion('G4', { id: 'email_response_rate', section: g4b, name: 'Email Response Rate', info: 1, evaluation: 5, max: 6, weight: 2, note: '1 (Any reply) | 2-5 (Scaled)', how: { kind: 'rate', numerator: 'emailsReplied', denominator: 'emailsSent', steps: percentSteps } }),
  criterion('G4', { id: 'order_value', section: g4b, name: 'Order Value', info: 0, evaluation: 10, max: 10, weight: 3, note: '0 | 5-10 (Scaled based on average order size)', how: platformData }),
  criterion('G4', { id: 'order_frequency', section: g4b, name: 'Order Frequency', info: 4, evaluation: 0, max: 4, weight: 2, note: '1-4 (More orders is better) | 0', how: platformData }),
  criterion('G4', { id: 'conversion_rate', section: g4b, name: 'Conversion Rate', info: 0, evaluation: 10, max: 10, weight: 3, note: '0 (If no purchase) | 5-10 (Scaled)', how: platformData }),
  criterion('G4', { id: 'quote_request', section: g4b, name: 'Quote Request', info: 5, evaluation: 5, max: 10, weight: 5, note: '5 | 5 (High intent)', how: { kind: 'counter', counter: 'quoteRequests', steps: [{ min: 1, points: 10 }] } }),
  // G4C Buyer interaction: actions
  criterion('G4', { id: 'wishlist', section: g4c, name: 'Wishlist', info: 2, evaluation: 2, max: 4, weight: 2, note: '2 | 2 (Interest, but not immediate)', how: platformData }),
  criterion('G4', { id: 'product_image_clicks', section: g4c, name: 'Product Image Clicks', info: 3, evaluation: 0, max: 3, weight: 1, note: '1-3 (More clicks is better) | 0', how: platformData }),
  criterion('G4', { id: 'product_spec_tap_view', section: g4c, name: 'Product Spec Tap View', info: 3, evaluation: 0, max: 3, weight: 1, note: '1-3 (More taps is better) | 0', how: platformData }),
  criterion('G4', { id: 'download_catalog_click', section: g4c, name: 'Download Catalog Click', info: 2, evaluation: 2, max: 4, weight: 2, note: '2 | 2 (Strong interest)', how: { kind: 'counter', counter: 'downloads', steps: [{ min: 1, points: 4 }] } }),
  criterion('G4', { id: 'social_share_clicks', section: g4c, name: 'Social Share Clicks', info: 1, evaluation: 0, max: 1, weight: 1, note: '1 | 0', how: platformData }),
  criterion('G4', { id: 'seller_review', section: g4c, name: 'Seller Review', info: 1, evaluation: 5, max: 6, weight: 1, note: '1 (Left a review) | 2-5 (Sentiment analysis)', how: platformData }),
  criterion('G4', { id: 'seller_rate', section: g4c, name: 'Seller Rate', info: 0, evaluation: 5, max: 5, weight: 1, note: '0 | 3-5 (Scaled based on rating)', how: platformData }),
  criterion('G4', { id: 'visit_store_click', section: g4c, name: 'Visit Store Click', info: 1, evaluation: 0, max: 1, weight: 1, note: '1 | 0', how: platformData }),
  criterion('G4', { id: 'company_profile_click', section: g4c, name: 'Company Profile Click', info: 1, evaluation: 0, max: 1, weight: 1, note: '1 | 0', how: platformData }),
  criterion('G4', { id: 'add_to_contacts_click', section: g4c, name: 'Add to Contacts Click', info: 2, evaluation: 0, max: 2, weight: 1, note: '2 | 0', how: platformData }),
  // Who started a chat is not recorded, so only the 2 information points can be earned.
  criterion('G4', { id: 'chat_with_seller', section: g4c, name: 'Chat with Seller', info: 2, evaluation: 3, max: 5, weight: 3, note: '2 | 3 (If they initiated)', how: { kind: 'counter', counter: 'chats', steps: [{ min: 1, points: 2 }] } }),
  criterion('G4', { id: 'contact_seller', section: g4c, name: 'Contact Seller', info: 3, evaluation: 2, max: 5, weight: 3, note: '3 | 2', how: { kind: 'counter', counter: 'formSubmits', steps: [{ min: 1, points: 5 }] } }),
  // G5 Buyer engagement with the platform
  criterion('G5', { id: 'buyer_type', section: g5, name: 'Buyer Type', info: 0, evaluation: 5, max: 5, weight: 2, note: '0 | 2-5 (New < Returning < High-Value < VIP)', how: platformData }),
  criterion('G5', { id: 'overall_engagement_score', section: g5, name: 'Overall Engagement Score', info: 10, evaluation: 0, max: 10, weight: 2, note: '0-10 (If you calculate this) | 0', how: platformData }),
  criterion('G5', { id: 'buyer_journey_stage', section: g5, name: 'Buyer Journey Stage', info: 0, evaluation: 5, max: 5, weight: 2, note: '0 | 3-5 (Awareness < Consideration < Decision < Purchase)', how: platformData }),
  criterion('G5', { id: 'purchase_history', section: g5, name: 'Purchase History', info: 1, evaluation: 10, max: 10, weight: 3, note: '1 | 4-10 (Scaled based on past value)', how: platformData }),
  criterion('G5', { id: 'buying_frequency', section: g5, name: 'Buying Frequency', info: 4, evaluation: 0, max: 4, weight: 2, note: '1-4 (More frequent is better) | 0', how: platformData }),
  criterion('G5', { id: 'spending_patterns', section: g5, name: 'Spending Patterns', info: 0, evaluation: 5, max: 5, weight: 2, note: '0 | 2-5 (Scaled on average spend)', how: platformData }),
  criterion('G5', { id: 'review_rating', section: g5, name: 'Review (Rating)', info: 0, evaluation: 5, max: 5, weight: 1, note: '0 | 3-5 (Based on star rating)', how: platformData }),
  criterion('G5', { id: 'wishlist_items', section: g5, name: 'Wishlist Items', info: 3, evaluation: 0, max: 3, weight: 1, note: '1-3 (More items = more interest) | 0', how: platformData }),
  criterion('G5', { id: 'search_term', section: g5, name: 'Search Term', info: 1, evaluation: 5, max: 6, weight: 2, note: '1 | 1-5 (If matches relevant keywords)', how: platformData }),
  criterion('G5', { id: 'quote_request_repeat', section: g5, name: 'Quote Request (Repeat)', info: 3, evaluation: 2, max: 5, weight: 2, note: '3 | 2', how: { kind: 'counter', counter: 'quoteRequests', steps: [{ min: 2, points: 5 }] } }),
  criterion('G5', { id: 'time_spent_on_platform', section: g5, name: 'Time Spent on Platform', info: 5, evaluation: 0, max: 5, weight: 1, note: '0-5 (Scaled) | 0', how: platformData }),
  criterion('G5', { id: 'most_used_features', section: g5, name: 'Most Used Features', info: 1, evaluation: 3, max: 4, weight: 1, note: '1 | 1-3 (If using high-value features)', how: platformData }),
  criterion('G5', { id: 'communication_channel', section: g5, name: 'Communication Channel', info: 0, evaluation: 2, max: 2, weight: 1, note: '0 | 2 (If matches their preference)', how: platformData }),
  criterion('G5', { id: 'channel_metrics', section: g5, name: '[Channel] Metrics', info: 5, evaluation: 0, max: 5, weight: 1, note: '0-5 (Scaled based on responsiveness) | 0', how: platformData }),
];

export const defaultScoringModel: ScoringModel = {
  criteria: [...defaultCriteria],
  behaviour: {
    // Seed 001 "Behavioral Score": points per action and decay per week. Power Cozmo's quote
    // request plays the part of the seed's demo request; webinar and trial come from form submits.
    actions: [
      { id: 'pricing_page_visit', name: 'Pricing page visit', points: 15, decayPerWeek: 5, eventType: 'page_view', match: { key: 'page', value: 'pricing' } },
      { id: 'demo_request', name: 'Demo request', points: 20, decayPerWeek: 0, eventType: 'quote_request', match: null },
      { id: 'case_study_download', name: 'Case study download', points: 10, decayPerWeek: 3, eventType: 'download', match: null },
      { id: 'webinar_attendance', name: 'Webinar attendance', points: 15, decayPerWeek: 3, eventType: 'form_submit', match: { key: 'kind', value: 'webinar' } },
      { id: 'free_trial_signup', name: 'Free trial signup', points: 25, decayPerWeek: 0, eventType: 'form_submit', match: { key: 'kind', value: 'trial' } },
      { id: 'blog_visit', name: 'Blog visit', points: 2, decayPerWeek: 1, eventType: 'page_view', match: null },
      { id: 'email_open', name: 'Email open', points: 1, decayPerWeek: 1, eventType: 'email_open', match: null },
      { id: 'email_click', name: 'Email click', points: 3, decayPerWeek: 1, eventType: 'email_click', match: null },
    ],
    returnVisit: { points: 5, withinDays: 7 },
    maxPoints: 50,
    weight: 3,
    weeklyDecay: 0.1,
    floor: 10,
    resetAfterDays: 90,
  },
  statusPenalties: [
    { id: 'spam', label: 'Marked as spam', when: { kind: 'group', group: 'spam' }, points: -100 },
    { id: 'blocked', label: 'Blocked', when: { kind: 'tag', tag: 'blocked' }, points: -100 },
    { id: 'not_interested', label: 'Not interested', when: { kind: 'group', group: 'not_interested' }, points: -50 },
    { id: 'unsubscribed', label: 'Unsubscribed', when: { kind: 'consent', flag: 'unsubscribed' }, points: -10 },
  ],
  bands: [
    { temperature: 'hot', min: 70 },
    { temperature: 'warm', min: 50 },
    { temperature: 'cool', min: 30 },
    { temperature: 'cold', min: 0 },
  ],
};
