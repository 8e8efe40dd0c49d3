import { useEffect, useRef, useState } from 'react';
import { findCriterion } from '../../../../core/rules/criteriaCatalogue';
import { describeRule } from '../../../../core/rules/describeRule';
import type { RuleProblem } from '../../../../core/rules/ruleTypes';
import { RuleValidationError } from '../../../data/ruleContract';
import { navigate } from '../../app/navigate';
import { routeToHash } from '../../app/routeToHash';
import { useLeadCenter } from '../../app/useLeadCenter';
import { errorText } from '../../ui/useBusyAction';
import { useToastStore } from '../../ui/useToastStore';
import { SentenceView } from '../components/SentenceView';
import { useRuleCatalogue } from '../hooks/useRuleCatalogue';
import { draftFromRule, draftFromTemplate, emptyDraft, ruleForWords, toRuleDraft, withStandInName, type BuilderDraft } from '../utils/builderDraft';
import { builderSteps, problemsAt, stepAfter, type BuilderStepId } from '../utils/builderSteps';
import { emptyCatalogue } from '../utils/emptyCatalogue';
import { ActionsStep } from './ActionsStep';
import { conditionFor } from './ConditionRow';
import { newCondition } from './ConditionGroupEditor';
import { CriteriaStep } from './CriteriaStep';
import { ModeStep } from './ModeStep';
import { PreviewStep } from './PreviewStep';
import { SaveStep } from './SaveStep';
import { StepProblems } from './StepProblems';
import { TriggerStep } from './TriggerStep';
import '../components/rules.css';

interface RuleBuilderPageProps {
  /** The rule to edit; null for a new one. */
  ruleId: string | null;
  templateId: string | null;
  /** A new rule's first condition tests this criterion (from search). */
  criterionId: string | null;
}

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; draft: BuilderDraft };

/** The Rule Builder: trigger → criteria → actions → mode and priority → preview → save, with the sentence always in view. */
export function RuleBuilderPage({ ruleId, templateId, criterionId }: RuleBuilderPageProps) {
  const { data } = useLeadCenter();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    async function load(): Promise<Loaded> {
      if (ruleId !== null) {
        const rule = await data.rules.get(ruleId);
        return rule ? { state: 'ready', draft: draftFromRule(rule) } : { state: 'failed', message: 'This rule does not exist any more; it may have been deleted.' };
      }
      if (templateId !== null) {
        const template = data.rules.templates().find((t) => t.id === templateId);
        if (!template) return { state: 'failed', message: `There is no rule template “${templateId}”.` };
        const draft = draftFromTemplate(template);
        return draft.ok ? { state: 'ready', draft: draft.value } : { state: 'failed', message: draft.error };
      }
      const draft = emptyDraft();
      if (criterionId !== null && findCriterion(criterionId)) {
        const catalogue = await data.rules.catalogue();
        draft.criteria = { combinator: 'all', conditions: [conditionFor(criterionId, newCondition, catalogue)] };
      }
      return { state: 'ready', draft };
    }
    load().then(
      (result) => live && setLoaded(result),
      (cause: unknown) => live && setLoaded({ state: 'failed', message: errorText(cause) }),
    );
    return () => {
      live = false;
    };
  }, [data, ruleId, templateId, criterionId]);

  if (loaded.state === 'loading') {
    return (
      <p className="page muted" aria-busy="true">
        Opening the Rule Builder…
      </p>
    );
  }
  if (loaded.state === 'failed') {
    return (
      <section className="page" aria-labelledby="builder-failed-heading">
        <h1 id="builder-failed-heading">The rule cannot be opened</h1>
        <p>{loaded.message}</p>
        <p>
          <a href={routeToHash({ name: 'rules' })}>Back to the rules</a>
        </p>
      </section>
    );
  }
  return <RuleBuilder initial={loaded.draft} fromTemplate={templateId !== null} />;
}

function RuleBuilder({ initial, fromTemplate }: { initial: BuilderDraft; fromTemplate: boolean }) {
  const { data } = useLeadCenter();
  const showToast = useToastStore((state) => state.showToast);
  const { catalogue: loadedCatalogue, error: catalogueError } = useRuleCatalogue();
  const catalogue = loadedCatalogue ?? emptyCatalogue;
  const [draft, setDraft] = useState<BuilderDraft>(initial);
  const [step, setStep] = useState<BuilderStepId>('trigger');
  // The problems of the last draft checked; the draft on screen is being checked until they match.
  const [checked, setChecked] = useState<{ draft: BuilderDraft | null; problems: RuleProblem[] }>({ draft: null, problems: [] });
  const problems = checked.problems;
  const validating = checked.draft !== draft;
  const [saving, setSaving] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Check the draft the way saving does, a moment after the last edit.
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      // validateRule stops at a shape error such as a blank name, so the name (given last, at Save)
      // is checked here and the rest with a stand-in: every step's problems show from the start.
      const unnamed = draft.name.trim() === '';
      const nameProblems: RuleProblem[] = unnamed ? [{ part: 'name', index: null, message: 'Give the rule a name.' }] : [];
      data.rules.validate(toRuleDraft(withStandInName(draft))).then(
        (result) => live && setChecked({ draft, problems: [...nameProblems, ...(result.ok ? [] : result.error)] }),
        (cause: unknown) => live && setChecked({ draft, problems: [{ part: 'name', index: null, message: `The rule could not be checked: ${errorText(cause)}` }] }),
      );
    }, 200);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [data, draft]);

  // Focus the step's heading after Back/Next, so a screen reader says where the seller is.
  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [step]);

  function goTo(next: BuilderStepId) {
    moved.current = true;
    setStep(next);
  }

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        moved.current = true;
        setStep((current) => stepAfter(current, event.key === 'ArrowRight' ? 1 : -1));
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const change = (patch: Partial<BuilderDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const index = builderSteps.findIndex((s) => s.id === step);
  const current = builderSteps[index] ?? builderSteps[0];
  const here = problemsAt(problems, step);
  const problemsId = `step-problems-${step}`;
  const words = describeRule(ruleForWords(draft), catalogue);

  async function save(enabled: boolean) {
    setSaving({ busy: true, error: null });
    try {
      const rule = await data.rules.save(toRuleDraft(draft, enabled));
      showToast({ message: enabled ? `Rule “${rule.name}” saved and on.` : `Rule “${rule.name}” saved; it is off.` });
      navigate({ name: 'rule', ruleId: rule.id });
    } catch (cause) {
      if (cause instanceof RuleValidationError) setChecked({ draft, problems: [...cause.problems] });
      setSaving({ busy: false, error: errorText(cause) });
    }
  }

  return (
    <section className="page rule-builder" aria-labelledby="builder-heading">
      <p className="small">
        <a href={routeToHash({ name: 'rules' })}>← Rules</a>
      </p>
      <header className="page-header">
        <h1 id="builder-heading">{draft.id === null ? (fromTemplate ? `New rule from “${initial.name}”` : 'New rule') : `Edit “${initial.name}”`}</h1>
        <p className="muted small">
          <kbd>Alt+←</kbd> <kbd>Alt+→</kbd> previous / next step
        </p>
      </header>
      {catalogueError ? (
        <p className="field-error" role="alert">
          Your groups, stages and templates could not be read: {catalogueError}
        </p>
      ) : null}

      <nav aria-label="Rule Builder steps">
        <ol className="builder-steps">
          {builderSteps.map((s, i) => {
            const count = problemsAt(problems, s.id).length;
            return (
              <li key={s.id}>
                <button type="button" aria-current={s.id === step ? 'step' : undefined} className={s.id === step ? 'is-active' : undefined} onClick={() => goTo(s.id)}>
                  {i + 1} {s.label}
                  {count > 0 ? (
                    <span className="step-problem-count">
                      <span className="visually-hidden">, </span>
                      {count}
                      <span className="visually-hidden"> to fix</span>
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <div className="builder-layout">
        <section className="builder-step card" aria-labelledby="builder-step-heading" aria-describedby={here.length > 0 ? problemsId : undefined}>
          <h2 id="builder-step-heading" tabIndex={-1} ref={stepHeading}>
            Step {index + 1} of {builderSteps.length}: {current?.label}
          </h2>
          {step !== 'save' ? <StepProblems problems={here} id={problemsId} /> : null}
          {step === 'trigger' ? <TriggerStep trigger={draft.trigger} catalogue={catalogue} onChange={(trigger) => change({ trigger })} /> : null}
          {step === 'criteria' ? <CriteriaStep criteria={draft.criteria} catalogue={catalogue} onChange={(criteria) => change({ criteria })} /> : null}
          {step === 'actions' ? (
            <ActionsStep
              actions={draft.actions}
              catalogue={catalogue}
              problemAt={(i) => problems.find((p) => p.part === 'actions' && p.index === i)?.message ?? null}
              onChange={(actions) => change({ actions })}
            />
          ) : null}
          {step === 'mode' ? <ModeStep draft={draft} onChange={change} /> : null}
          {step === 'preview' ? <PreviewStep draft={draft} blocked={problems.some((p) => p.part !== 'name')} /> : null}
          {step === 'save' ? (
            <SaveStep
              draft={draft}
              problems={problems}
              validating={validating}
              busy={saving.busy}
              error={saving.error}
              onChange={change}
              onSave={(enabled) => void save(enabled)}
              onGoTo={goTo}
            />
          ) : null}
          <div className="row builder-nav">
            <button type="button" disabled={index === 0} onClick={() => goTo(stepAfter(step, -1))} aria-keyshortcuts="Alt+ArrowLeft">
              Back
            </button>
            {index < builderSteps.length - 1 ? (
              <button type="button" className="primary" onClick={() => goTo(stepAfter(step, 1))} aria-keyshortcuts="Alt+ArrowRight">
                Next: {builderSteps[index + 1]?.label}
              </button>
            ) : null}
          </div>
        </section>
        <aside className="builder-sentence" aria-labelledby="sentence-heading">
          <h2 id="sentence-heading">The rule in words</h2>
          <SentenceView words={words} />
          {draft.blocking ? <p className="rule-flag">Blocking: stops lower-priority rules for the leads it matches.</p> : null}
          <p className="muted small" aria-live="polite">
            {validating ? 'Checking…' : problems.length === 0 ? 'The rule is ready to turn on.' : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix.`}
          </p>
        </aside>
      </div>
    </section>
  );
}
