import { describe, expect, it } from 'vitest';
import { findLeadSource, isManualSourceCategory, leadSourceCategories, leadSources, sourcesInCategory } from './leadSources';

describe('leadSources (seed 002)', () => {
  it('hold the 22 sources of the table, each once', () => {
    expect(leadSources).toHaveLength(22);
    const keys = leadSources.map((entry) => `${entry.category}/${entry.source}`);
    expect(new Set(keys).size).toBe(22);
  });

  it('give every source a known category, a description and a tooltip', () => {
    const categories = new Set(leadSourceCategories.map((category) => category.name));
    for (const entry of leadSources) {
      expect(categories).toContain(entry.category);
      expect(entry.description.length).toBeGreaterThan(5);
      expect(entry.tooltip.length).toBeGreaterThan(5);
    }
  });

  it('mark offline and manual categories', () => {
    expect(isManualSourceCategory('Offline Channels')).toBe(true);
    expect(isManualSourceCategory('Partnerships')).toBe(true);
    expect(isManualSourceCategory('Third-Party Sources')).toBe(true);
    expect(isManualSourceCategory('Online Channels')).toBe(false);
    expect(isManualSourceCategory('Platform-Specific Channels')).toBe(false);
    expect(isManualSourceCategory('Carrier Pigeon')).toBeUndefined();
    expect(leadSourceCategories.filter((category) => category.offline).map((category) => category.name)).toEqual(['Offline Channels']);
  });

  it('list sources by category in table order', () => {
    expect(sourcesInCategory('Offline Channels').map((entry) => entry.source)).toEqual([
      'Events',
      'Networking',
      'Direct Outreach',
      'Referrals',
      'Print Media',
      'Business Cards',
    ]);
    expect(sourcesInCategory('Platform-Specific Channels').map((entry) => entry.source)).toEqual([
      'Get Quote Form',
      'Contact Seller Form',
      'Power Cozmo Leads',
    ]);
    expect(sourcesInCategory('Nowhere')).toEqual([]);
  });

  it('find an entry by category and source', () => {
    expect(findLeadSource('Offline Channels', 'Business Cards')?.tooltip).toBe('Contacts from exchanged business cards.');
    expect(findLeadSource('Online Channels', 'Business Cards')).toBeUndefined();
  });
});
