import { useState } from 'react';
import { useLeadCenter } from '../../app/useLeadCenter';
import { addToTagCatalogue } from '../../tags/addToTagCatalogue';
import { useTagCatalogue } from '../../tags/useTagCatalogue';

interface TagsSectionProps {
  leadId: string;
  tags: readonly string[];
}

/** Tags: free text with autocomplete from the catalogue; new tags join the catalogue. */
export function TagsSection({ leadId, tags }: TagsSectionProps) {
  const { data } = useLeadCenter();
  const catalogue = useTagCatalogue();
  const [text, setText] = useState('');
  const suggestions = catalogue.filter((tag) => !tags.includes(tag));

  async function add() {
    const tag = text.trim().replace(/\s+/g, ' ').slice(0, 60);
    if (!tag) return;
    setText('');
    if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) {
      await data.updateLead(leadId, { tags: [...tags, tag] });
    }
    await addToTagCatalogue(data, [tag]);
  }

  return (
    <section className="detail-section" aria-labelledby="tags-heading">
      <h3 id="tags-heading">Tags</h3>
      <ul className="tag-list" aria-label="Tags on this lead">
        {tags.length === 0 ? <li className="muted">No tags</li> : null}
        {tags.map((tag) => (
          <li key={tag} className="chip">
            {tag}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => void data.updateLead(leadId, { tags: tags.filter((t) => t !== tag) })}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor="add-tag" className="visually-hidden">
          Add tag
        </label>
        <input
          id="add-tag"
          list="tag-catalogue"
          placeholder="Add tag"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <datalist id="tag-catalogue">
          {suggestions.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <button type="submit" disabled={!text.trim()}>
          Add
        </button>
      </form>
    </section>
  );
}
