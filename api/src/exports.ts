import { stringify } from "csv-stringify";
import express, { type Request, type Response } from "express";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { buildContext } from "./context";
import { AppError, badInput, ErrorCode, forbidden, notFound, passkeySetupRequired, unauthenticated } from "./errors";
import { AuditFilter } from "./modules/activity/activity.service";
import { AuditEventType, Role } from "./modules/enums";
import { Services } from "./services";

/** Who may read an organisation's activity: the same roles as Organisation.auditEvents. */
const ACTIVITY_READERS: Role[] = [Role.ORG_ADMIN, Role.APP_EDITOR, Role.SUPPORT];

const httpStatus: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSKEY_SETUP_REQUIRED: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

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

  router.get("/organisations/:organisationId/activity.csv", async (req: Request, res: Response) => {
    const organisationId = String(req.params.organisationId);
    let rows: Readable;
    try {
      const context = await buildContext(services, req, res);
      const auth = context.auth;
      if (!auth) throw unauthenticated();
      if (auth.restricted) throw passkeySetupRequired();
      if (!ACTIVITY_READERS.includes(auth.user.role)) throw forbidden();
      const visible = auth.user.role === Role.SUPPORT || auth.user.organisationId === organisationId;
      if (!visible || !(await services.organisations.exists(organisationId))) throw notFound("The organisation");
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
      if (!(error instanceof AppError) || !httpStatus[error.extensions.code as ErrorCode]) throw error;
      res
        .status(httpStatus[error.extensions.code as ErrorCode]!)
        .json({ error: { message: error.message, ...error.extensions } });
      return;
    }

    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="activity-${new Date().toISOString().slice(0, 10)}.csv"`,
    );
    res.setHeader("Cache-Control", "no-store");
    const csv = stringify({
      header: true,
      columns: ["time", "event", "by", "by_email", "about", "about_email", "details"],
      // A cell that starts like a formula is shown as text by spreadsheets (CSV injection).
      cast: { string: (value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) },
    });
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
      csv,
      res,
    );
  });

  return router;
}
