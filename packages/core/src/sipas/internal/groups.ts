// Which group each row of a batch belongs to, from the grouping fields' dictionary codes (no per-row strings).

/** One grouping field of a batch: a code per row and the text of each code. */
export interface KeyColumn {
  readonly codes: ArrayLike<number>;
  readonly values: readonly string[];
}

/** Local group per row (−1 for excluded rows) and the key values of each local group. */
export function assignGroups(
  n: number,
  fields: readonly KeyColumn[],
  excluded: Uint8Array,
): { localGroup: Int32Array; groupKeys: string[][] } {
  const localGroup = new Int32Array(n);
  const groupKeys: string[][] = [];
  if (fields.length === 0) {
    let any = false;
    for (let i = 0; i < n; i++) {
      localGroup[i] = excluded[i] ? -1 : 0;
      any ||= !excluded[i];
    }
    if (any) groupKeys.push([]);
    return { localGroup, groupKeys };
  }
  if (fields.length === 1) {
    // One grouping field (the usual `by: ['unitCode']`): a lookup per distinct value, then a table per row.
    const field = fields[0]!;
    const codes = field.codes;
    const table = new Int32Array(Math.max(1, field.values.length)).fill(-1);
    for (let i = 0; i < n; i++) {
      if (excluded[i]) {
        localGroup[i] = -1;
        continue;
      }
      const c = codes[i]!;
      let g = table[c]!;
      if (g < 0) {
        g = groupKeys.length;
        groupKeys.push([field.values[c]!]);
        table[c] = g;
      }
      localGroup[i] = g;
    }
    return { localGroup, groupKeys };
  }
  const sizes = fields.map((f) => Math.max(1, f.values.length));
  const cells = sizes.reduce((a, b) => a * b, 1);
  const table = cells <= 1 << 22 ? new Int32Array(cells).fill(-1) : null;
  const map = table ? null : new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (excluded[i]) {
      localGroup[i] = -1;
      continue;
    }
    let cell = 0;
    for (let f = 0; f < fields.length; f++) cell = cell * sizes[f]! + fields[f]!.codes[i]!;
    let g = table ? table[cell]! : (map!.get(cell) ?? -1);
    if (g < 0) {
      g = groupKeys.length;
      groupKeys.push(fields.map((f) => f.values[f.codes[i]!]!));
      if (table) table[cell] = g;
      else map!.set(cell, g);
    }
    localGroup[i] = g;
  }
  return { localGroup, groupKeys };
}
