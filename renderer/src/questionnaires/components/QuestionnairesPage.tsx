
/** Placeholder until issue 6's work on this page lands (replaced, not shipped). */
export function QuestionnairesPage({ templateId }: { templateId: string | null }) {
  return (
    <section className="page" aria-labelledby="placeholder-heading">
      <h1 id="placeholder-heading">Questionnaires {templateId ?? ''}</h1>
    </section>
  );
}
