/**
 * The shape of a JSON body (keys and types, never values) for the capture report: enough to see what
 * a response looked like when no decoder took it, nothing a seller would mind sending. Keys that do not
 * look like field names (ids, handles used as map keys) are replaced by `#`.
 */
const FIELD_NAME = /^[A-Za-z_][A-Za-z_]{0,39}\d{0,3}$/;
const MAX_KEYS = 40;
const MAX_DEPTH = 4;
const MAX_LENGTH = 2_000;

export function keyShape(value: unknown, depth = 0): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return depth >= MAX_DEPTH ? '[…]' : `[${keyShape(value[0], depth + 1)}]`;
  }
  if (typeof value !== 'object') return typeof value;
  if (depth >= MAX_DEPTH) return '{…}';
  const keys = Object.keys(value);
  const parts = keys.slice(0, MAX_KEYS).map((key) => {
    const name = FIELD_NAME.test(key) ? key : '#';
    return `${name}:${keyShape((value as Record<string, unknown>)[key], depth + 1)}`;
  });
  if (keys.length > MAX_KEYS) parts.push(`…${keys.length - MAX_KEYS} more`);
  const shape = `{${parts.join(',')}}`;
  return shape.length > MAX_LENGTH ? `${shape.slice(0, MAX_LENGTH - 1)}…` : shape;
}
