// zod at the edge: parse a request's query, params or body; a failure becomes one CG_INVALID_INPUT
// error carrying zod's issues (the error handler turns it into a 400 with the issues in `details`).
import type { z } from 'zod';
import { InvalidInputError } from '../../src/errors.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const at = first?.path.length ? first.path.join('.') : where;
  throw new InvalidInputError(`api.${where}: ${at}: ${first?.message ?? 'invalid'}`, {
    details: parsed.error.issues.map((i) => ({ path: i.path.map(String), code: i.code, message: i.message })),
  });
}
