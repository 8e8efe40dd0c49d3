// Part of `npm run bench`: emails in the app (Chromium, real IndexedDB, the page's data layer):
// drafting 1,000 emails from the template library, then submitting 500 and approving them in
// one bulk approval (issue 4's goal: under 1 s). Figures only, no pass/fail.
import type { Page } from '@playwright/test';

export interface EmailBenchFigures {
  drafts: number;
  draftMs: number;
  draftsWithUnfilledTokens: number;
  submitted: number;
  submitMs: number;
  approveMs: number;
  approved: number;
  refused: number;
  /** The pending count as the navigation badge sees it, read after the bulk approval. */
  badgeAfter: number;
}

export async function benchEmails(page: Page, report: (name: string, ms: number | null, target?: string) => void): Promise<{ name: string; value: string }[]> {
  const figures = await page.evaluate(async (): Promise<EmailBenchFigures> => {
    const data = window.__leadCenterTest?.data;
    if (!data) throw new Error('test hooks missing');
    const rows = data.leadList
      .query({ filters: { search: '', groups: [], sources: [], tags: [], countries: [] }, sort: null })
      .filter((row) => row.email !== '' && row.group !== 'spam' && row.group !== 'not_interested')
      .slice(0, 1000);
    if (rows.length === 0) throw new Error('no lead with an address to draft for');
    const templateIds = ['general-follow-up', 'cold-close-file', 'warm-value', 'hot-quotation', 'interested-social-proof', 'unresponsive-fresh-start'];

    const draftStarted = performance.now();
    const drafts: { id: string; unfilled: number }[] = [];
    // 1,000 drafts; with fewer leads (BENCH_LEADS=1000 leaves some in suppressed groups) some get two.
    for (let i = 0; i < 1000; i++) {
      const row = rows[i % rows.length] as (typeof rows)[number];
      const outcome = await data.emails.draftFromTemplate(row.id, templateIds[i % templateIds.length] as string);
      drafts.push({ id: outcome.email.id, unfilled: outcome.unfilledTokens.length });
    }
    const draftMs = performance.now() - draftStarted;

    // 500 for the queue; drafts a lead could not fill are completed by hand first (not timed).
    const chosen = drafts.slice(0, 500);
    for (const draft of chosen) {
      if (draft.unfilled > 0) await data.emails.edit(draft.id, { subject: 'Following up on your enquiry', body: 'Hello,\n\nfollowing up on your enquiry.\n\nBest regards' });
    }
    const submitStarted = performance.now();
    for (const draft of chosen) await data.emails.submit(draft.id);
    const submitMs = performance.now() - submitStarted;

    const approveStarted = performance.now();
    const outcome = await data.emails.approve(chosen.map((d) => d.id));
    const approveMs = performance.now() - approveStarted;

    const badgeAfter = await new Promise<number>((resolve) => {
      const subscription = data.emails.observeApprovalCount().subscribe((count) => {
        resolve(count);
        queueMicrotask(() => subscription.unsubscribe());
      });
    });
    return {
      drafts: drafts.length,
      draftMs,
      draftsWithUnfilledTokens: drafts.filter((d) => d.unfilled > 0).length,
      submitted: chosen.length,
      submitMs,
      approveMs,
      approved: outcome.done.length,
      refused: outcome.refused.length,
      badgeAfter,
    };
  });
  report(`drafting ${figures.drafts.toLocaleString('en')} emails from templates, one after another (IndexedDB)`, figures.draftMs);
  report(`submitting ${figures.submitted} emails for approval, one after another`, figures.submitMs);
  report(`bulk approval of ${figures.submitted} emails (one call)`, figures.approveMs, '< 1 s');
  return [
    { name: 'per drafted email', value: `${(figures.draftMs / Math.max(1, figures.drafts)).toFixed(2)} ms` },
    { name: 'drafts with tokens the lead could not fill', value: figures.draftsWithUnfilledTokens.toLocaleString('en') },
    { name: 'bulk approval: approved, refused; approvals left for this user after it', value: `${figures.approved}, ${figures.refused}; ${figures.badgeAfter}` },
  ];
}
