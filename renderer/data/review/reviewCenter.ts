import { auditTime, combineLatest, concat, defer, distinctUntilChanged, map, Observable, of, shareReplay, startWith, switchMap } from 'rxjs';
import { configId } from '../../../core/model/config';
import { note } from '../../../core/model/note';
import { reminder } from '../../../core/model/reminder';
import { dailyReviewData, type DailyReviewData } from '../../../core/review/dailyReviewData';
import { reviewChecklist, withTick } from '../../../core/review/reviewChecklist';
import { answerOnItsWay, countReviewItems, leadsNeeded, type ReviewInput, type ReviewRow, type ReviewRule } from '../../../core/review/reviewCounts';
import { dailyReviewKey, localDayKey, localDayStart } from '../../../core/review/reviewDay';
import { isReviewItemId, type ReviewItemId } from '../../../core/review/reviewItems';
import { getConfig, setConfig } from '../configStore';
import type { DataContext } from '../context';
import type { LeadListProjection } from '../contract';
import type { EmailCenter } from '../emailContract';
import { observeApprovalPolicy } from '../emails/emailSettings';
import { InvalidDataError } from '../errors';
import { observeDocuments } from '../readDocuments';
import type { DailyReview, ReviewCenter } from '../reviewContract';
import type { RuleCenter } from '../ruleContract';
import { LeadSummaries } from './leadSummaries';

export interface ReviewDeps {
  ctx: DataContext;
  leadList: LeadListProjection;
  emails: Pick<EmailCenter, 'observe'>;
  rules: Pick<RuleCenter, 'observe'>;
  /** The seller's offset from UTC in minutes now. */
  utcOffsetMinutes: () => number;
}

export interface OpenReviewCenter extends ReviewCenter {
  close(): void;
}

const allRows = { filters: { search: '', groups: [], sources: [], tags: [], countries: [] }, sort: null } as const;
/** Counts are worked out at most this often while data changes in bursts. */
const settleMs = 100;

/** `data.review`: the daily review checklist over the list projection and the collections. */
export function createReviewCenter(deps: ReviewDeps): OpenReviewCenter {
  const { ctx, leadList } = deps;
  const summaries = new LeadSummaries(ctx.db.leads);
  const { userId, teamId, role } = ctx.seller;

  const keyOf = (day: string): string => {
    const key = dailyReviewKey(userId, day);
    if (!key.ok) throw new InvalidDataError(key.error, [key.error]);
    return key.value;
  };

  // The list's rows (no reads: the projection is in memory), again whenever it changes.
  const rows$ = new Observable<readonly ReviewRow[]>((subscriber) => {
    const emit = () => {
      if (leadList.ready) subscriber.next(leadList.query(allRows));
    };
    emit();
    return leadList.subscribe(emit);
  });
  const reminders$ = observeDocuments(ctx.db.reminders.find({ selector: { done: false } }).$, reminder, 'reminder');
  const emails$ = deps.emails.observe({ statuses: answerOnItsWay });
  const policy$ = observeApprovalPolicy(ctx);
  const rules$ = deps.rules.observe().pipe(
    map((summaries): ReviewRule[] =>
      summaries.map(({ rule, problems, sunset }) => ({ id: rule.id, enabled: rule.enabled, problems: problems.length, pastSunset: sunset !== null })),
    ),
  );
  const leadChanges$ = summaries.changed$.pipe(startWith(undefined));
  const shared = { rows$, reminders$, emails$, policy$, rules$ };

  const observeTicks = (day: string): Observable<DailyReviewData | null> =>
    ctx.db.config.findOne(configId('daily-review', keyOf(day))).$.pipe(
      map((doc) => {
        if (!doc) return null;
        const parsed = dailyReviewData.safeParse((doc.toJSON() as { data?: unknown }).data);
        if (!parsed.success) console.warn(`Lead Center: the daily review of ${day} could not be read; starting it afresh`);
        return parsed.success ? parsed.data : null;
      }),
    );

  const observe = (now$: Observable<number>): Observable<DailyReview> => {
    const time$ = now$.pipe(distinctUntilChanged(), shareReplay({ bufferSize: 1, refCount: true }));
    const day$ = time$.pipe(
      map((now) => {
        const offset = deps.utcOffsetMinutes();
        return { day: localDayKey(now, offset), dayStart: localDayStart(now, offset) };
      }),
      distinctUntilChanged((a, b) => a.day === b.day && a.dayStart === b.dayStart),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
    const notes$ = day$.pipe(switchMap(({ dayStart }) => observeDocuments(ctx.db.notes.find({ selector: { createdAt: { $gte: dayStart } } }).$, note, 'note')));
    const ticks$ = day$.pipe(switchMap(({ day }) => observeTicks(day).pipe(map((ticks) => ({ day, ticks })))));

    return combineLatest([time$, shared.rows$, shared.reminders$, shared.emails$, shared.policy$, notes$, shared.rules$, ticks$, leadChanges$]).pipe(
      auditTime(settleMs),
      switchMap(([now, rows, reminders, emails, policy, notes, rules, { day, ticks }]) => {
        const utcOffsetMinutes = deps.utcOffsetMinutes();
        const needed = leadsNeeded(rows, now, utcOffsetMinutes);
        const compute = (counting: boolean): DailyReview => {
          const input: ReviewInput = {
            now,
            utcOffsetMinutes,
            approver: { userId, teamId, role },
            approvalPolicy: policy,
            rows,
            leads: summaries.known(needed),
            reminders,
            emails,
            notes,
            rules,
          };
          return { ...reviewChecklist(userId, day, countReviewItems(input), ticks), dayStart: localDayStart(now, utcOffsetMinutes), counting };
        };
        if (summaries.missing(needed).length === 0) return of(compute(false));
        // Show what is known at once; the counts that wait for leads follow when they are read.
        return concat(of(compute(true)), defer(async () => {
          await summaries.ensure(needed);
          return compute(false);
        }));
      }),
    );
  };

  const setTicked = async (day: string, itemId: ReviewItemId, ticked: boolean): Promise<void> => {
    if (!isReviewItemId(itemId)) throw new InvalidDataError(`"${String(itemId)}" is not an item of the daily review`, ['item: unknown']);
    const key = keyOf(day);
    const current = dailyReviewData.safeParse(await getConfig<unknown>(ctx, 'daily-review', key));
    await setConfig(ctx, 'daily-review', key, withTick(current.success ? current.data : null, userId, day, itemId, ticked, ctx.clock()));
  };

  return {
    observe,
    setTicked,
    dayOf: (now) => localDayKey(now, deps.utcOffsetMinutes()),
    close: () => summaries.stop(),
  };
}
