import type { RuleCatalogueContext } from '../../../../core/rules/ruleTypes';

/** Until the catalogue is read, rules are described with the names they store. */
export const emptyCatalogue: RuleCatalogueContext = { groups: [], stages: [], emailTemplates: [], questionnaireTemplates: [], users: [] };
