import type { Observable } from 'rxjs';
import type { ConversionMapping } from '../../core/conversion/conversionMapping';
import type { ConversionReadiness } from '../../core/conversion/conversionReadiness';
import type { PreviewLine } from '../../core/conversion/planConversion';
import type { Account } from '../../core/model/account';
import type { ChangeSet } from '../../core/model/changeSet';
import type { Contact } from '../../core/model/contact';
import type { LeadEvent } from '../../core/model/event';

/** For each of contact and account: a new record, or an existing one with the fields to overwrite (by field path). */
export type ExistingChoice = { mode: 'existing'; id: string; overwrite: string[] };
export interface ConversionChoice {
  contact: { mode: 'new' } | ExistingChoice;
  /** null: no account (the lead names no company, or the seller chose none). */
  account: { mode: 'new' } | ExistingChoice | null;
}

export interface ConversionPreview {
  readiness: ConversionReadiness;
  choice: ConversionChoice;
  /** Which lead field goes where, its value, and for an existing record what happens to it. */
  lines: PreviewLine[];
  /** Why converting as chosen cannot go ahead; empty when it can. */
  problems: string[];
  label: string;
  /** The contact and account as they would be stored. */
  contact: Contact;
  account: Account | null;
}

export interface ExistingMatches {
  contacts: { contact: Contact; reasons: string[] }[];
  accounts: { account: Account; reasons: string[] }[];
  /** The best guess: the first match of each, else a new contact and (when the lead names a company) a new account. */
  suggested: ConversionChoice;
}

export interface ConversionResult {
  changeSet: ChangeSet;
  contactId: string;
  accountId: string | null;
}

export interface AccountSummary {
  account: Account;
  contactCount: number;
}

/** One event in an account's or a contact's history, with whose it is. */
export interface HistoryEntry {
  event: LeadEvent;
  contactId: string;
  contactName: string;
}

export interface ConversionCenter {
  readiness(leadId: string): Promise<ConversionReadiness>;
  /** The preview for a choice (the suggested one unless given). */
  mappingPreview(leadId: string, choice?: ConversionChoice): Promise<ConversionPreview>;
  /** Contacts with the lead's email; accounts with its company domain or a similar company name; each with its reasons. */
  findExisting(leadId: string): Promise<ExistingMatches>;
  /**
   * One change set (the lead: conversion link and group Customer; the contact; the account), then
   * the events (group_changed, lead_updated {action: 'converted'}). A lead that does not meet the
   * qualification criteria is refused unless `anyway`.
   */
  convert(leadId: string, choice: ConversionChoice, options?: { anyway?: boolean }): Promise<ConversionResult>;
  /** Takes a conversion back (field by field, see undoChangeSet), records the events and rescores the lead. */
  undoConversion(changeSetId: string): Promise<ChangeSet>;
  /** The lead's conversion still in force (applied), or null. */
  observeConversionOf(leadId: string): Observable<ChangeSet | null>;
  observeMapping(): Observable<{ mapping: ConversionMapping; problem: string | null }>;
  saveMapping(mapping: ConversionMapping): Promise<void>;
  resetMapping(): Promise<void>;
  observeAccounts(): Observable<AccountSummary[]>;
  observeAccount(id: string): Observable<Account | null>;
  observeContacts(): Observable<Contact[]>;
  observeContact(id: string): Observable<Contact | null>;
  observeAccountContacts(accountId: string): Observable<Contact[]>;
  /** The leads behind a contact: the ones converted into it and the leads merged into those. */
  observeContactLeadIds(contactId: string): Observable<string[]>;
  /** Every event of the contacts' leads, newest first. */
  observeHistory(contactIds: readonly string[]): Observable<HistoryEntry[]>;
}
