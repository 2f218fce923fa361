/**
 * What a service knows of the request it serves: the instant (from the injected clock) and the
 * client's address. Services take this, never the HTTP request: only resolvers touch cookies
 * and headers.
 */
export interface RequestContext {
  now: Date;
  ip: string | null;
  /** The client's User-Agent header, e.g. to name a new passkey "Chrome on Mac"; null when absent. */
  userAgent?: string | null;
}
