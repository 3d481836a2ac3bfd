// An import draft as the server gave it, made fit to send back: the GraphQL client adds
// `__typename` to every object it receives, which no input type accepts.

/** A copy of `value` without any `__typename` field, at any depth. */
export function withoutTypenames<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutTypenames(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (key !== '__typename') copy[key] = withoutTypenames(field);
    }
    return copy as T;
  }
  return value;
}
