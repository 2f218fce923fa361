import { stringify } from "csv-stringify";
import express, { type Request, type Response } from "express";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { buildContext } from "./context";
import { AppError, badInput, ErrorCode, forbidden, notFound, passkeySetupRequired, unauthenticated } from "./errors";
import { AuditFilter } from "./modules/activity/activity.service";
import { AuditEventType, Role } from "./modules/enums";
import { Services } from "./services";
import { User } from "./modules/users/user.entity";

/** Who may read an organisation's activity and adoption: the same roles as Organisation.auditEvents and passkeyStats. */
const ORGANISATION_READERS: Role[] = [Role.ORG_ADMIN, Role.APP_EDITOR, Role.SUPPORT];

const httpStatus: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSKEY_SETUP_REQUIRED: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

function refuse(res: Response, error: unknown) {
  if (!(error instanceof AppError) || !httpStatus[error.extensions.code as ErrorCode]) throw error;
  res
    .status(httpStatus[error.extensions.code as ErrorCode]!)
    .json({ error: { message: error.message, ...error.extensions } });
}

/** Sets the download's headers and returns the CSV writer for its rows. */
function csvTo(res: Response, name: string, columns: string[]) {
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`);
  res.setHeader("Cache-Control", "no-store");
  return stringify({
    header: true,
    columns,
    // A cell that starts like a formula is shown as text by spreadsheets (CSV injection).
    cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
  });
}

/** One filter from the query string, in the shape Organisation.auditEvents takes it. */
function filterFrom(req: Request): AuditFilter {
  const one = (name: string) => {
    const value = req.query[name];
    if (value !== undefined && typeof value !== "string") throw badInput(`${name} must be given once.`, name);
    return value || null;
  };
  const date = (name: string) => {
    const value = one(name);
    return value === null ? null : new Date(value);
  };
  const types = one("types");
  return {
    types: types ? (types.split(",") as AuditEventType[]) : null,
    userId: one("userId"),
    from: date("from"),
    to: date("to"),
  };
}

/**
 * Downloads beside /graphql, for what does not fit a GraphQL response: CSV files of any length, streamed. The
 * caller is authenticated by the same session cookie or bearer token, and checked by the same role and tenant rules
 * as the GraphQL field the file mirrors (a restricted session, a wrong role or another tenant's id is refused before
 * any row is read).
 */
export function exportRoutes(services: Services): express.Router {
  const router = express.Router();

  /** The signed-in reader of the organisation in the path, or an error with the contract's code. */
  async function reader(req: Request, res: Response) {
    const organisationId = String(req.params.organisationId);
    const { auth } = await buildContext(services, req, res);
    if (!auth) throw unauthenticated();
    if (auth.restricted) throw passkeySetupRequired();
    if (!ORGANISATION_READERS.includes(auth.user.role)) throw forbidden();
    const visible = auth.user.role === Role.SUPPORT || auth.user.organisationId === organisationId;
    if (!visible || !(await services.organisations.exists(organisationId))) throw notFound("The organisation");
    return { organisationId, auth };
  }

  router.get("/organisations/:organisationId/activity.csv", async (req: Request, res: Response) => {
    let rows: Readable;
    try {
      const { organisationId, auth } = await reader(req, res);
      const filter = filterFrom(req);
      const events = services.auditEvents.stream(organisationId, filter, auth.user);
      // The first batch is read before the headers go out, so that a bad filter is still a 400.
      const first = await events.next();
      rows = Readable.from(
        (async function* () {
          if (!first.done) yield first.value;
          yield* events;
        })(),
      );
    } catch (error) {
      refuse(res, error);
      return;
    }
    await pipeline(
      rows,
      async function* (source) {
        for await (const { event, actor, subject } of source) {
          yield {
            time: event.createdAt.toISOString(),
            event: event.type,
            by: actor?.displayName ?? "",
            by_email: actor?.email ?? "",
            about: subject?.displayName ?? "",
            about_email: subject?.email ?? "",
            details: event.data ? JSON.stringify(event.data) : "",
          };
        }
      },
      csvTo(res, "activity", ["time", "event", "by", "by_email", "about", "about_email", "details"]),
      res,
    );
  });

  // Who still has to create a passkey (never asked, or skipped), for the admin's own reminders.
  router.get("/organisations/:organisationId/users-without-passkey.csv", async (req: Request, res: Response) => {
    let organisationId: string;
    try {
      ({ organisationId } = await reader(req, res));
    } catch (error) {
      refuse(res, error);
      return;
    }
    await pipeline(
      services.stats.usersWithoutPasskey(organisationId),
      async function* (source: AsyncIterable<User>) {
        for await (const user of source) {
          yield {
            name: user.displayName,
            email: user.email,
            role: user.role,
            status: user.skipCount > 0 ? "skipped" : "not asked yet",
            skip_count: user.skipCount,
            last_sign_in: user.lastSignInAt?.toISOString() ?? "",
          };
        }
      },
      csvTo(res, "users-without-passkey", ["name", "email", "role", "status", "skip_count", "last_sign_in"]),
      res,
    );
  });

  return router;
}
