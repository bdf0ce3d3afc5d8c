/** Small collection helpers shared by the core, the hosts and the task pane. */

/** Appends `value` to the list kept under `key`, starting the list when the key is new. */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}

/**
 * The items as a new array made here. Arrays from map/filter or from an empty literal differ in
 * V8's internal shape (empty or not, holey or packed); a table's columns, rows and paragraphs are
 * copied through this one site so that optimized code meets one shape whatever the workbook.
 */
export function listOf<T>(items: readonly T[]): T[] {
  const out: T[] = [];
  for (const item of items) out.push(item);
  return out;
}

const MEMO = Symbol("memo");

/** Values memoized on one object; `owner` tells a spread copy (which carries the symbol along) from the original. */
interface Memo {
  owner: object;
  values: Map<symbol, unknown>;
}

/**
 * A value computed once per object (a disclosure, a table) and kept on the object itself, so that it
 * dies with it. Not a WeakMap: V8's young-generation collector keeps the values of an old WeakMap
 * alive, so every disclosure of the last dozen runs survived each scavenge with all it reaches
 * (measured on the seed: 1.5 MB copied and 1.1 MB promoted per scavenge, about a tenth of the
 * engine's time). One symbol per object, set by plain assignment: the object's shape changes once
 * and stays fast (Object.defineProperty would make it slow).
 */
export function memoOn<K extends object, V>(owner: K, key: symbol, make: (owner: K) => V): V {
  const holder = owner as unknown as { [MEMO]?: Memo };
  let memo = holder[MEMO];
  if (memo?.owner !== owner) holder[MEMO] = memo = { owner, values: new Map() };
  let value = memo.values.get(key) as V | undefined;
  if (value === undefined) memo.values.set(key, (value = make(owner)));
  return value;
}
