/** A problem with a field, announced when it appears; nothing when there is none. */
export function FieldError({ message, id }: { message: string | undefined | null; id?: string }) {
  if (message === undefined || message === null) return null;
  return (
    <p className="field-error" role="alert" id={id}>
      {message}
    </p>
  );
}
