
/** Placeholder until issue 6's work on this page lands (replaced, not shipped). */
export function DailyReviewPage() {
  return (
    <section className="page" aria-labelledby="placeholder-heading">
      <h1 id="placeholder-heading">Daily review</h1>
    </section>
  );
}
