/** The id `delta` rows away from `current` (clamped); the first row when nothing is focused. */
export function moveFocus(ids: readonly string[], current: string | null, delta: number): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index === -1) return ids[0] ?? null;
  return ids[Math.max(0, Math.min(ids.length - 1, index + delta))] ?? null;
}

/** Where focus goes when `leaving` leave the list: the next row that stays, else the previous one. */
export function focusAfterLeaving(ids: readonly string[], current: string | null, leaving: ReadonlySet<string>): string | null {
  const staying = ids.filter((id) => !leaving.has(id));
  if (staying.length === 0) return null;
  if (current === null || !leaving.has(current)) return current !== null && staying.includes(current) ? current : (staying[0] ?? null);
  const index = ids.indexOf(current);
  for (let next = index + 1; next < ids.length; next += 1) {
    const id = ids[next] as string;
    if (!leaving.has(id)) return id;
  }
  for (let previous = index - 1; previous >= 0; previous -= 1) {
    const id = ids[previous] as string;
    if (!leaving.has(id)) return id;
  }
  return null;
}
