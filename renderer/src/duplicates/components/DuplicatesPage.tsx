
/** Placeholder until issue 6's work on this page lands (replaced, not shipped). */
export function DuplicatesPage() {
  return (
    <section className="page" aria-labelledby="placeholder-heading">
      <h1 id="placeholder-heading">Duplicates</h1>
    </section>
  );
}
