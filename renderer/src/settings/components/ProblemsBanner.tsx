/** Settings that could not be read (and were replaced by the defaults). */
export function ProblemsBanner({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="card settings-problems" role="alert">
      <h2>Some settings could not be read</h2>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
