/**
 * Shift-click: the ids between the anchor and the clicked row (inclusive), in list order,
 * added to or removed from the selection depending on `select`.
 */
export function selectRange(
  selection: ReadonlySet<string>,
  orderedIds: readonly string[],
  anchorId: string | null,
  clickedId: string,
  select: boolean,
): Set<string> {
  const next = new Set(selection);
  const to = orderedIds.indexOf(clickedId);
  const from = anchorId === null ? -1 : orderedIds.indexOf(anchorId);
  if (to === -1) return next;
  const [start, end] = from === -1 ? [to, to] : from < to ? [from, to] : [to, from];
  for (let index = start; index <= end; index++) {
    const id = orderedIds[index];
    if (id === undefined) continue;
    if (select) next.add(id);
    else next.delete(id);
  }
  return next;
}
