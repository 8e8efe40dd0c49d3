import { engagementLevels } from '../../../../core/model/lead';
import { emailKinds } from '../../../../core/model/email';
import { notAssessed } from '../../../../core/list/types';
import { ageFilters, isFiltered, noQueueFilters, type QueueFilters } from '../utils/queueFilters';
import { kindText } from '../utils/emailWords';

interface QueueFilterBarProps {
  filters: QueueFilters;
  authors: { id: string; name: string }[];
  onChange(filters: QueueFilters): void;
}

/** Kind, the lead's engagement level, how long it has waited, and who wrote it. */
export function QueueFilterBar({ filters, authors, onChange }: QueueFilterBarProps) {
  return (
    <div className="queue-filters" role="group" aria-label="Filter emails">
      <label>
        Kind
        <select value={filters.kind} onChange={(event) => onChange({ ...filters, kind: event.target.value as QueueFilters['kind'] })}>
          <option value="all">All kinds</option>
          {emailKinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindText(kind)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Engagement
        <select value={filters.level} onChange={(event) => onChange({ ...filters, level: event.target.value as QueueFilters['level'] })}>
          <option value="all">All levels</option>
          {engagementLevels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
          <option value={notAssessed}>Not judged yet</option>
        </select>
      </label>
      <label>
        Age
        <select value={filters.age} onChange={(event) => onChange({ ...filters, age: event.target.value as QueueFilters['age'] })}>
          {ageFilters.map((age) => (
            <option key={age.id} value={age.id}>
              {age.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Author
        <select value={filters.author} onChange={(event) => onChange({ ...filters, author: event.target.value })}>
          <option value="all">Anyone</option>
          {authors.map((author) => (
            <option key={author.id} value={author.id}>
              {author.name}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(filters) ? (
        <button type="button" className="button-link" onClick={() => onChange(noQueueFilters)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
