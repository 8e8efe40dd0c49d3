import { useMemo } from 'react';
import { countryName, countryOptions } from '../../../../core/model/normaliseCountry';
import { industries } from '../../../../core/reference/industries';
import { leadSources } from '../../../../core/reference/leadSources';
import type { CriterionEvaluation, ScoringCriterion } from '../../../../core/scoring/scoringModel';
import { validatePoints } from '../utils/validateNumbers';
import { ChoiceListEditor, type Choice } from './ChoiceListEditor';
import { NumberInput } from './NumberInput';

type InList = Extract<CriterionEvaluation, { kind: 'inList' }>;

interface CriterionChoicesProps {
  criteria: readonly ScoringCriterion[];
  onChange(id: string, evaluation: InList): void;
}

const sourceChoices: Choice[] = leadSources.map((s) => ({ value: s.source, label: `${s.source} (${s.category})` }));
const industryChoices: Choice[] = industries.map((name) => ({ value: name, label: name }));
const same = (v: string): string => v;

/** The list-valued parameters that are the seller's choice: target regions, high-value sources, industries. */
export function CriterionChoices({ criteria, onChange }: CriterionChoicesProps) {
  const countryChoices = useMemo<Choice[]>(() => countryOptions().map((c) => ({ value: c.code, label: `${c.name} (${c.code})` })), []);
  const listed = criteria.flatMap((c) => (c.evaluation.kind === 'inList' ? [{ c, how: c.evaluation }] : []));
  const byField = (field: InList['field']) => listed.find((x) => x.how.field === field);
  const location = byField('country');
  const source = byField('source.channel');
  const industry = byField('company.industry');

  return (
    <div className="criterion-choices">
      {location ? (
        <ChoiceListEditor
          legend="Target regions"
          hint={`${location.c.name}: leads in these countries earn the evaluation points.`}
          values={location.how.values}
          choices={countryChoices}
          labelOf={(code) => `${countryName(code)} (${code})`}
          emptyText="No target regions yet: no lead earns the location evaluation points."
          onChange={(values) => onChange(location.c.id, { ...location.how, values })}
        />
      ) : null}
      {source ? (
        <ChoiceListEditor
          legend="High-value lead sources"
          hint={`${source.c.name}: leads from these sources earn the evaluation points.`}
          values={source.how.values}
          choices={sourceChoices}
          labelOf={same}
          emptyText="No high-value sources chosen."
          onChange={(values) => onChange(source.c.id, { ...source.how, values })}
        />
      ) : null}
      {industry ? (
        <>
          <ChoiceListEditor
            legend="Ideal industries"
            hint={`${industry.c.name}: an ideal match earns the full evaluation points.`}
            values={industry.how.values}
            choices={industryChoices.filter((c) => !industry.how.partialValues.includes(c.value))}
            labelOf={same}
            emptyText="No ideal industries chosen."
            onChange={(values) => onChange(industry.c.id, { ...industry.how, values })}
          />
          <ChoiceListEditor
            legend="Partial-match industries"
            values={industry.how.partialValues}
            choices={industryChoices.filter((c) => !industry.how.values.includes(c.value))}
            labelOf={same}
            emptyText="No partial-match industries chosen."
            onChange={(partialValues) => onChange(industry.c.id, { ...industry.how, partialValues })}
          />
          <NumberInput
            label="Points for a partial industry match"
            value={industry.how.partialPoints}
            validate={validatePoints}
            onCommit={(partialPoints) => onChange(industry.c.id, { ...industry.how, partialPoints })}
          />
        </>
      ) : null}
    </div>
  );
}
