import { describe, expect, it } from 'vitest';
import { ruleActionCatalogue, validateAction } from '../../../../core/rules/ruleActions';
import { defaultActionParams } from './defaultActionParams';

const catalogue = {
  groups: [{ id: 'qualified', name: 'Qualified' }],
  stages: [{ id: 'primary', name: 'Primary' }],
  emailTemplates: [{ id: 'welcome', name: 'Welcome' }],
  questionnaireTemplates: [],
  users: [{ id: 'u1', name: 'Rana' }],
};

describe('defaultActionParams', () => {
  it('gives every action type parameters that validate, except the ones the seller must type', () => {
    const mustType = new Set(['add_tag', 'remove_tag', 'notify']);
    for (const definition of ruleActionCatalogue) {
      const result = validateAction({ type: definition.type, params: defaultActionParams(definition.type, catalogue) }, 0, catalogue);
      expect(result.ok, `${definition.type}: ${result.ok ? '' : result.error.message}`).toBe(!mustType.has(definition.type));
    }
  });

  it('leaves a choice blank when the seller has nothing to choose from, and nothing for an unknown type', () => {
    const none = { groups: [], stages: [], emailTemplates: [], questionnaireTemplates: [], users: [] };
    expect(defaultActionParams('move_to_group', none)).toEqual({ group: '' });
    expect(defaultActionParams('send_email', none)).toEqual({ templateId: '', useAi: false });
    expect(defaultActionParams('launch_rocket', none)).toEqual({});
  });
});
