
/** Placeholder until issue 6's work on this page lands (replaced, not shipped). */
export function AccountPage({ accountId }: { accountId: string }) {
  return (
    <section className="page" aria-labelledby="placeholder-heading">
      <h1 id="placeholder-heading">Account {accountId}</h1>
    </section>
  );
}
