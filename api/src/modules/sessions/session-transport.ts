import { parse, serialize } from "cookie";
import type { Request, Response } from "express";
import { Config } from "../../config";

const COOKIE = "pk_session";
/** The __Host- prefix pins the cookie to this exact host, path / and https (DESIGN security rules). */
const HOST_COOKIE = "__Host-pk_session";

const isLocalhost = (host: string) => host === "localhost" || host === "127.0.0.1" || host === "[::1]";

function cookieName(req: Request, config: Config) {
  return config.production && secure(req) ? HOST_COOKIE : COOKIE;
}

/** Secure everywhere but plain-http localhost, where browsers would drop a Secure cookie set by http. */
function secure(req: Request) {
  return !(req.protocol === "http" && isLocalhost(req.hostname));
}

/**
 * A bearer token wins over a cookie: a client that sends one said which session it means. Only
 * the cookie this request would be given is read: in production over https that is the
 * `__Host-` one, whose prefix the browser enforces (Secure, this host, path /); reading the
 * unprefixed name too would let a cookie planted by a sibling subdomain or over http undo it.
 */
export function readSessionToken(req: Request, config: Config): string | null {
  const header = req.headers.authorization;
  if (header) {
    const match = /^Bearer\s+([A-Za-z0-9_-]{20,100})$/.exec(header.trim());
    return match ? match[1] : null;
  }
  return parse(req.headers.cookie ?? "")[cookieName(req, config)] ?? null;
}

export function writeSessionCookie(req: Request, res: Response, config: Config, token: string, expiresAt: Date) {
  res.append(
    "Set-Cookie",
    serialize(cookieName(req, config), token, {
      httpOnly: true,
      secure: secure(req),
      sameSite: "strict",
      path: "/",
      expires: expiresAt,
    }),
  );
}

export function clearSessionCookie(req: Request, res: Response, config: Config) {
  res.append(
    "Set-Cookie",
    serialize(cookieName(req, config), "", {
      httpOnly: true,
      secure: secure(req),
      sameSite: "strict",
      path: "/",
      maxAge: 0,
    }),
  );
}
