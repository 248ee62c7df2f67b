// The one error hierarchy of citegraph. Every error carries a stable `code`;
// callers branch on `code` (see isCitegraphError), never on message text or instanceof across packages.

export const ERROR_CODES = {
  CG_INVALID_INPUT: 'input is malformed or fails validation',
  CG_UNSUPPORTED_FORMAT: 'the document type is not supported',
  CG_TOO_LARGE: 'the input exceeds a configured size limit',
  CG_NOT_FOUND: 'a file, URL, node or edge does not exist',
  CG_FETCH: 'fetching a URL failed',
  CG_TIMEOUT: 'an operation exceeded its time limit',
  CG_EXTRACTION: 'a document could not be parsed or extracted',
  CG_STORE: 'the graph store failed or is unusable',
  CG_UNAUTHORIZED: 'a write lacks a valid bearer token',
  CG_FORBIDDEN: 'the operation is disabled or refused by policy',
  CG_RATE_LIMITED: 'too many requests',
  CG_CONFIG: 'configuration is invalid',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface CitegraphErrorOptions {
  cause?: unknown;
  /** Structured detail for machines (zod issues, file path, ...). */
  details?: unknown;
}

/** Base class. `message` starts with the operation: `ingest.loadDocx: ...`. */
export class CitegraphError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, options: CitegraphErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CitegraphError';
    this.code = code;
    this.details = options.details;
  }
}

export class InvalidInputError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_INVALID_INPUT', message, options);
    this.name = 'InvalidInputError';
  }
}
export class UnsupportedFormatError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_UNSUPPORTED_FORMAT', message, options);
    this.name = 'UnsupportedFormatError';
  }
}
export class TooLargeError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_TOO_LARGE', message, options);
    this.name = 'TooLargeError';
  }
}
export class NotFoundError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_NOT_FOUND', message, options);
    this.name = 'NotFoundError';
  }
}
export class FetchError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_FETCH', message, options);
    this.name = 'FetchError';
  }
}
export class TimeoutError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_TIMEOUT', message, options);
    this.name = 'TimeoutError';
  }
}
export class ExtractionError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_EXTRACTION', message, options);
    this.name = 'ExtractionError';
  }
}
export class StoreError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_STORE', message, options);
    this.name = 'StoreError';
  }
}
export class UnauthorizedError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_UNAUTHORIZED', message, options);
    this.name = 'UnauthorizedError';
  }
}
export class ForbiddenError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_FORBIDDEN', message, options);
    this.name = 'ForbiddenError';
  }
}
export class ConfigError extends CitegraphError {
  constructor(message: string, options?: CitegraphErrorOptions) {
    super('CG_CONFIG', message, options);
    this.name = 'ConfigError';
  }
}

/** Brand check by code, safe across duplicated package copies. */
export function isCitegraphError(err: unknown): err is CitegraphError {
  return (
    typeof err === 'object' && err !== null &&
    typeof (err as { code?: unknown }).code === 'string' &&
    (err as { code: string }).code in ERROR_CODES
  );
}

/** One line for humans: the message, plus the root cause's message when it adds something. */
export function describeError(err: unknown): string {
  if (isCitegraphError(err)) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
