
/** Placeholder until issue 6's work on this page lands (replaced, not shipped). */
export function AccountsPage() {
  return (
    <section className="page" aria-labelledby="placeholder-heading">
      <h1 id="placeholder-heading">Accounts</h1>
    </section>
  );
}
