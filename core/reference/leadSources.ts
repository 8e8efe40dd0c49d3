/**
 * Seed 002, "Lead Source Table". Online and platform sources are tagged automatically; the
 * seller tags the manual ones (offline channels, partnerships, third-party and other sources).
 * Leads store the category and source names (lead.source.category, lead.source.channel).
 */
export interface LeadSourceCategory {
  name: string;
  /** Tagged by the seller rather than by the platform. */
  manual: boolean;
  /** Collected away from a screen: trade shows, business cards, calls. */
  offline: boolean;
}

export interface LeadSourceEntry {
  category: string;
  source: string;
  description: string;
  tooltip: string;
}

export const leadSourceCategories: readonly LeadSourceCategory[] = [
  { name: 'Online Channels', manual: false, offline: false },
  { name: 'Platform-Specific Channels', manual: false, offline: false },
  { name: 'Offline Channels', manual: true, offline: true },
  { name: 'Partnerships', manual: true, offline: false },
  { name: 'Third-Party Sources', manual: true, offline: false },
  { name: 'Other Sources', manual: true, offline: false },
];

export const leadSources: readonly LeadSourceEntry[] = [
  { category: 'Online Channels', source: 'Web Forms', description: 'Forms on website for user engagement.', tooltip: 'Capture leads through contact forms, sign-ups, and downloads.' },
  { category: 'Online Channels', source: 'Landing Pages', description: 'Targeted pages for specific campaigns.', tooltip: 'Pages designed for marketing campaigns to capture leads.' },
  { category: 'Online Channels', source: 'Online Ads', description: 'Leads from digital advertising.', tooltip: 'Leads generated through online advertising campaigns.' },
  { category: 'Online Channels', source: 'Social media', description: 'Interactions on social platforms.', tooltip: 'Leads from social media engagements and direct messages.' },
  { category: 'Online Channels', source: 'Email Campaigns', description: 'Responses to email marketing.', tooltip: 'Capture leads who respond to your email marketing efforts.' },
  { category: 'Online Channels', source: 'Webinars', description: 'Online event sign-ups.', tooltip: 'Registrants for webinars and virtual events.' },
  { category: 'Online Channels', source: 'Content Marketing', description: 'Leads via SEO and blogs.', tooltip: 'Leads attracted through your optimized content and blogs.' },
  { category: 'Platform-Specific Channels', source: 'Get Quote Form', description: 'Requests for product quotes.', tooltip: "Leads generated through 'Get Quote' requests on your platform." },
  { category: 'Platform-Specific Channels', source: 'Contact Seller Form', description: 'Direct inquiries to sellers.', tooltip: "Potential clients who use the 'Contact Seller' form." },
  { category: 'Platform-Specific Channels', source: 'Power Cozmo Leads', description: 'Leads provided by Power Cozmo.', tooltip: 'Leads directly sent by Power Cozmo to sellers on the platform.' },
  { category: 'Offline Channels', source: 'Events', description: 'Attendee details from events.', tooltip: 'Leads collected at trade shows, conferences, and events.' },
  { category: 'Offline Channels', source: 'Networking', description: 'Contacts from networking.', tooltip: 'Leads obtained through business networking events.' },
  { category: 'Offline Channels', source: 'Direct Outreach', description: 'Cold calls and mail responses.', tooltip: 'Leads generated from traditional marketing methods.' },
  { category: 'Offline Channels', source: 'Referrals', description: 'Recommended by others.', tooltip: 'Leads referred by existing customers or partners.' },
  { category: 'Offline Channels', source: 'Print Media', description: 'Print ad responses.', tooltip: 'Responses from print advertisements.' },
  { category: 'Offline Channels', source: 'Business Cards', description: 'Collected cards.', tooltip: 'Contacts from exchanged business cards.' },
  { category: 'Partnerships', source: 'Partners', description: 'Affiliate recommendations.', tooltip: 'Leads referred by business partners or affiliates.' },
  { category: 'Partnerships', source: 'Collaborations', description: 'Joint venture leads.', tooltip: 'Leads from collaborations with industry partners.' },
  { category: 'Third-Party Sources', source: 'Lists', description: 'Purchased lead lists.', tooltip: 'Leads acquired from third-party providers.' },
  { category: 'Third-Party Sources', source: 'Lead Services', description: 'External generation services.', tooltip: 'Leads sourced through specialized lead generation services.' },
  { category: 'Other Sources', source: 'Customer Referrals', description: 'From existing customers.', tooltip: 'Leads referred by your current customer base.' },
  { category: 'Other Sources', source: 'Community Engagement', description: 'Community-related leads.', tooltip: 'Leads from community events and sponsorships.' },
];

/** The sources of one category, in table order. */
export function sourcesInCategory(category: string): LeadSourceEntry[] {
  return leadSources.filter((entry) => entry.category === category);
}

/** Is the category tagged by the seller (true), the platform (false), or unknown (undefined)? */
export function isManualSourceCategory(category: string): boolean | undefined {
  return leadSourceCategories.find((entry) => entry.name === category)?.manual;
}

/** The table entry for a category and source, if both are in the table. */
export function findLeadSource(category: string, source: string): LeadSourceEntry | undefined {
  return leadSources.find((entry) => entry.category === category && entry.source === source);
}
