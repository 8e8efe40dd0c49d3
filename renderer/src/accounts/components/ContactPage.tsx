
/** Placeholder until issue 6's work on this page lands (replaced, not shipped). */
export function ContactPage({ contactId }: { contactId: string }) {
  return (
    <section className="page" aria-labelledby="placeholder-heading">
      <h1 id="placeholder-heading">Contact {contactId}</h1>
    </section>
  );
}
