/** `first_name` → `firstName`, as a type: what `camelRow()` does to a row's column names. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

export type CamelRow<Row> = { [K in keyof Row & string as CamelCase<K>]: Row[K] };

/**
 * A row with its snake_case columns under our types' camelCase names, so a repository writes out
 * only what is more than a rename (dates, nested values) and a column renamed in SQL cannot
 * silently fall out of the mapping: the result's type follows the row's.
 */
export function camelRow<Row extends object>(row: Row): CamelRow<Row> {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), value])) as CamelRow<Row>;
}
