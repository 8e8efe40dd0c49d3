import type { DataContext } from '../context';
import type { ConversionCenter } from '../conversionContract';
import * as mappingStore from './conversionMappingStore';
import * as reads from './conversionReads';
import * as writes from './convertLead';

/** data.conversion: converting leads into contacts and accounts, and reading those. */
export function createConversionCenter(ctx: DataContext): ConversionCenter {
  return {
    readiness: (leadId) => writes.readiness(ctx, leadId),
    mappingPreview: (leadId, choice) => writes.mappingPreview(ctx, leadId, choice),
    findExisting: (leadId) => writes.findExisting(ctx, leadId),
    convert: (leadId, choice, options) => writes.convertLead(ctx, leadId, choice, options),
    undoConversion: (changeSetId) => writes.undoConversion(ctx, changeSetId),
    observeConversionOf: (leadId) => reads.observeConversionOf(ctx, leadId),
    observeMapping: () => mappingStore.observeMapping(ctx),
    saveMapping: (mapping) => mappingStore.saveMapping(ctx, mapping),
    resetMapping: () => mappingStore.resetMapping(ctx),
    observeAccounts: () => reads.observeAccounts(ctx),
    observeAccount: (id) => reads.observeAccount(ctx, id),
    observeContacts: () => reads.observeContacts(ctx),
    observeContact: (id) => reads.observeContact(ctx, id),
    observeAccountContacts: (accountId) => reads.observeAccountContacts(ctx, accountId),
    observeContactLeadIds: (contactId) => reads.observeContactLeadIds(ctx, contactId),
    observeHistory: (contactIds) => reads.observeHistory(ctx, contactIds),
  };
}
