/** Time is injected so that expiry and scheduled dates are testable; nothing else reads the system clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
