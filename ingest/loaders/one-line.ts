// Error causes from libraries can span lines (stack-like detail, XML dumps); our messages stay one line.

/** The message of an unknown thrown value, on one line and at most `max` characters. */
export function oneLine(err: unknown, max = 160): string {
  const raw = err instanceof Error ? err.message : String(err);
  const flat = raw.replace(/\s+/g, ' ').trim() || (err instanceof Error ? err.name : 'unknown error');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
