import type { Request, Response } from "express";
import { Config } from "./config";
import { AuthState } from "./modules/sessions/auth-state";
import { createLoaders, Loaders } from "./loaders";
import { readSessionToken } from "./modules/sessions/session-transport";
import { Services } from "./services";

export interface Context {
  config: Config;
  services: Services;
  req: Request;
  res: Response;
  ip: string | null;
  userAgent: string | null;
  /** One instant per request, from the injected clock. */
  now: Date;
  /** Null for a signed-out caller. */
  auth: AuthState | null;
  /** Per-request batch loaders (no N+1 across a page). */
  loaders: Loaders;
}

export async function buildContext(services: Services, req: Request, res: Response): Promise<Context> {
  const now = services.clock.now();
  const token = readSessionToken(req, services.config);
  const auth = token ? await services.sessions.authenticate(token, now) : null;
  return {
    config: services.config,
    services,
    req,
    res,
    ip: req.ip ?? null,
    userAgent: req.get("user-agent") ?? null,
    now,
    auth,
    loaders: createLoaders(services.dataSource),
  };
}
