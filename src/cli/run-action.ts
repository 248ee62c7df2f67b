// Wraps a CLI action: known errors become one line on stderr and a non-zero exit, never a stack trace.
import { describeError, isCitegraphError } from '../errors.js';

/** Exit codes: 0 ok, 1 failure (or "something is dead" for check-links), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function printError(err: unknown): void {
  const code = isCitegraphError(err) ? ` [${err.code}]` : '';
  process.stderr.write(`citegraph: ${describeError(err).replace(/\s*\n\s*/g, ' ')}${code}\n`);
  if (process.env.CITEGRAPH_DEBUG && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
}

/** Run an async action; map thrown errors to exit codes. The action may return its own exit code. */
export function runAction<A extends unknown[]>(action: (...args: A) => Promise<number | void>) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await action(...args);
      process.exitCode = typeof code === 'number' ? code : EXIT_OK;
    } catch (err) {
      printError(err);
      process.exitCode = isCitegraphError(err) && (err.code === 'CG_INVALID_INPUT' || err.code === 'CG_CONFIG') ? EXIT_USAGE : EXIT_FAILURE;
    }
  };
}
