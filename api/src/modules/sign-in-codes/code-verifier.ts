import { badInput, invalidCode } from "../../errors";
import { recordAudit } from "../audit/audit.service";
import { AuditEventType, AuthMethod } from "../enums";
import { accountOf, overlong, slugOf } from "../sessions/account-key";
import { Refused, SignInVerifier, Verification } from "../sessions/sign-in-pipeline";
import { UserService } from "../users/user.service";
import { SignInCodeService } from "./sign-in-code.service";
import { normaliseCode } from "./sign-in-code.rules";
import { CodeSignInInput } from "./sign-in-code.types";

/**
 * Sign-in with a single-use code. Every failure — unknown organisation or user, disabled
 * user, no live code, wrong code, no tries left, a code another request used first — answers
 * the same INVALID_CREDENTIALS after the same argon2 work. The session is a SIGN_IN_CODE one:
 * the device has no passkey yet, so the NEW_DEVICE step follows (DESIGN "Next step").
 */
export class CodeVerifier implements SignInVerifier<CodeSignInInput> {
  readonly method = AuthMethod.SIGN_IN_CODE;
  readonly kind = "code" as const;

  constructor(
    private readonly users: UserService,
    private readonly codes: SignInCodeService,
  ) {}

  parse(input: CodeSignInInput) {
    if (overlong(input.email, slugOf(input.organisationSlug))) throw badInput("The email or organisation is too long.");
    // A typo in the code's shape is not a guess: said plainly, and not counted against anyone.
    const code = normaliseCode(input.code);
    if (!code) throw badInput("A sign-in code has 8 letters and digits, like K7QX-2M9D.", "code");
    return { ...input, code };
  }

  accountKey(input: CodeSignInInput) {
    return accountOf(slugOf(input.organisationSlug), input.email);
  }

  async verify(input: CodeSignInInput, request: { now: Date; ip: string | null }): Promise<Verification> {
    const { organisation, policy, user, unknownOrganisation } = await this.users.findSignInAccount(
      slugOf(input.organisationSlug),
      input.email,
    );
    const live = user && !user.disabledAt ? await this.codes.findLive(user.id) : null;
    const checked = await this.codes.check(live, input.code);
    const refuse = (reason: string): Refused => ({
      ok: false,
      reason,
      error: invalidCode(),
      organisationId: organisation?.id ?? null,
      userId: user?.id ?? null,
    });
    if (!user) return refuse(unknownOrganisation ? "unknown_organisation" : "unknown_user");
    if (user.disabledAt) return refuse("disabled");
    if (checked.failure) return refuse(checked.failure);

    const used = checked.code;
    return {
      ok: true,
      account: { user, organisation, policy },
      userVerified: false,
      details: { codeId: used.id, kind: used.kind },
      commit: async (manager) => {
        if (!(await this.codes.consume(manager, used.id))) return false;
        await recordAudit(manager, {
          type: AuditEventType.SIGN_IN_CODE_USED,
          organisationId: user.organisationId,
          actorId: user.id,
          subjectId: user.id,
          data: { codeId: used.id, kind: used.kind },
          ip: request.ip,
          at: request.now,
        });
        return true;
      },
    };
  }

  usedConcurrently() {
    return { reason: "code_used", error: invalidCode() };
  }
}
