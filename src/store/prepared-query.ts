import { type Compilable, type CompiledQuery, createQueryId } from 'kysely';
import { type Db, dialectOf } from './database.ts';

/** A stand-in for one run-time value (argument `arg`, element `item` of an array argument). */
type Marker = { readonly arg: number; readonly item: number };

type Plan = {
  readonly compiled: CompiledQuery<unknown>;
  /** For each compiled parameter: the marker it stands for, or undefined for a constant of the builder. */
  readonly slots: ReadonlyArray<Marker | undefined>;
};

/**
 * Wraps a query builder so it is built and compiled once per dialect and argument shape (the length of each
 * array argument, for `in` lists), then run with new parameter values: a page's queries then skip Kysely's
 * builder and compiler, about a fifth of the CPU of a page built from the database. `build` must use each
 * argument as a value (compared, listed, limited), never to choose the query's shape. Returns the rows.
 * Plans are shared by every `Db` of a dialect, so those `Db`s must carry no Kysely plugins (ours carry none:
 * a plugin would change the SQL one of them compiles for all).
 */
export function prepareQuery<A extends readonly unknown[], R>(
  build: (db: Db, ...args: A) => Compilable<R>,
): (db: Db, ...args: A) => Promise<R[]> {
  const plans = new Map<string, Plan>();
  return async (db, ...args) => {
    const shape = `${dialectOf(db)}:${args.map((a) => (Array.isArray(a) ? a.length : '-')).join(',')}`;
    let plan = plans.get(shape);
    if (!plan) {
      plan = compilePlan(db, build, args);
      if (plans.size >= 64) plans.clear();
      plans.set(shape, plan);
    }
    const parameters = plan.compiled.parameters.map((value, i) => {
      const slot = plan.slots[i];
      if (!slot) return value;
      const arg = args[slot.arg];
      return slot.item < 0 ? arg : (arg as readonly unknown[])[slot.item];
    });
    const query = { ...plan.compiled, parameters, queryId: createQueryId() } as CompiledQuery<R>;
    const { rows } = await db.executeQuery<R>(query);
    return rows;
  };
}

function compilePlan<A extends readonly unknown[], R>(
  db: Db,
  build: (db: Db, ...args: A) => Compilable<R>,
  args: A,
): Plan {
  const markers = args.map((a, arg) =>
    Array.isArray(a) ? a.map((_, item): Marker => ({ arg, item })) : ({ arg, item: -1 } as Marker),
  );
  const compiled = build(db, ...(markers as unknown as A)).compile() as CompiledQuery<unknown>;
  const all = new Set<unknown>(markers.flat());
  const slots = compiled.parameters.map((p) => (all.has(p) ? (p as Marker) : undefined));
  const used = new Set(slots);
  for (const m of all) {
    // A marker the SQL does not carry as a parameter was used to shape the query: a bug in `build`.
    if (!used.has(m as Marker)) throw new Error('store: prepareQuery: an argument is not used as a value');
  }
  return { compiled, slots };
}
