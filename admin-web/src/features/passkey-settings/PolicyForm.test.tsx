import dayjs from "dayjs";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { PolicyFieldsFragment, PolicyImpactFieldsFragment } from "../../graphql/graphql";
import { graphQLError } from "../../test/errors";
import { renderWithMantine } from "../../test/render";
import {
  forceNeedsEnabledMessage,
  notActivatedMessage,
  pauseWarning,
  PolicyForm,
  selfDeclaredAllowlistMessage,
  type PolicyFormProps,
} from "./PolicyForm";

function buildImpact(overrides: Partial<PolicyImpactFieldsFragment> = {}): PolicyImpactFieldsFragment {
  return {
    __typename: "PasskeyPolicyImpact",
    requirementNow: "OFF",
    requirementAfter: "OFF",
    takesEffectAt: null,
    pausesPasskeys: false,
    pauseNeedsConfirmation: false,
    mandatoryDatePassed: false,
    totalUsers: 400,
    usersWithPasskey: 0,
    usersHeldAtPrompt: 0,
    usersOffered: 0,
    viewerHeldAtPrompt: false,
    ...overrides,
  };
}

// Many clicks per test on a shared, busy machine.
vi.setConfig({ testTimeout: 20_000 });

/** Save opens the review; the change applies only from there. */
async function saveAndApply(user: ReturnType<typeof userEvent.setup>, confirm = "Apply changes") {
  await user.click(screen.getByRole("button", { name: "Save" }));
  await user.click(await screen.findByRole("button", { name: confirm }));
}

function buildPolicy(overrides: Partial<PolicyFieldsFragment> = {}): PolicyFieldsFragment {
  return {
    __typename: "PasskeyPolicy",
    enabled: false,
    forcePasskeySetup: false,
    requirement: "OFF",
    enabledFrom: null,
    forceSetupFrom: null,
    remindAfterDays: 7,
    maxSkips: null,
    mandatoryRoles: [],
    userVerification: "REQUIRED",
    allowedAuthenticators: [],
    requireAttestation: false,
    allowPasswordAfterPasskey: false,
    version: 3,
    updatedAt: "2026-11-20T10:00:00.000Z",
    updatedBy: {
      __typename: "User",
      id: "u-1",
      displayName: "Ada Admin",
      email: "ada@example.com",
    },
    ...overrides,
  };
}

function renderForm(props: Partial<PolicyFormProps> = {}) {
  const onSave = vi.fn<PolicyFormProps["onSave"]>(async (input) =>
    buildPolicy({ ...(input as Partial<PolicyFieldsFragment>), version: 4 }),
  );
  const onFetchLatest = vi.fn<PolicyFormProps["onFetchLatest"]>(async () => buildPolicy({ version: 4 }));
  const onReview = vi.fn<PolicyFormProps["onReview"]>(async () => buildImpact());
  renderWithMantine(
    <PolicyForm
      organisationId="org-1"
      policy={buildPolicy()}
      activated
      readOnly={false}
      authenticatorNames={{
        "fbfc3007-154e-4ecc-8c0b-6e020557d7bd": "iCloud Keychain",
      }}
      onReview={onReview}
      onSave={onSave}
      onFetchLatest={onFetchLatest}
      {...props}
    />,
  );
  return { onSave, onReview, onFetchLatest, user: userEvent.setup() };
}

// A long form driven key by key: on a machine busy with other suites a test can pass vitest's 5 s default.
vi.setConfig({ testTimeout: 20_000 });

describe("the passkey policy form", () => {
  it("keeps “Enable passkeys” off and says why until support has activated passkeys", () => {
    renderForm({ activated: false });
    expect(screen.getByRole("switch", { name: "Enable passkeys" })).toBeDisabled();
    expect(screen.getByText(notActivatedMessage)).toBeInTheDocument();
    // Nothing can be saved before activation (the API answers FEATURE_NOT_ACTIVATED).
    expect(screen.getByRole("checkbox", { name: "Force Passkey Setup" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
  });

  it("lets an admin enable passkeys once activated, with no message about activation", () => {
    renderForm();
    expect(screen.getByRole("switch", { name: "Enable passkeys" })).toBeEnabled();
    expect(screen.queryByText(notActivatedMessage)).not.toBeInTheDocument();
  });

  it("explains what Optional and Mandatory mean beside “Force Passkey Setup”", () => {
    renderForm();
    const box = screen.getByRole("checkbox", { name: "Force Passkey Setup" });
    expect(box).toHaveAccessibleDescription(/Optional.*Do this later.*Mandatory.*cannot use the app/);
  });

  it("saves only what changed, with the version it was based on", async () => {
    const { onSave, user } = renderForm();
    const save = screen.getByRole("button", { name: "Save" });
    expect(save).toBeDisabled();

    await user.click(screen.getByRole("switch", { name: "Enable passkeys" }));
    await user.click(screen.getByRole("checkbox", { name: "Force Passkey Setup" }));
    await saveAndApply(user);

    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledWith({
      organisationId: "org-1",
      expectedVersion: 3,
      enabled: true,
      forcePasskeySetup: true,
    });
    expect(await screen.findByText(/Version 4/)).toBeInTheDocument();
  });

  it("offers no past day for the switch-on date", async () => {
    const { user } = renderForm({ policy: buildPolicy({ enabled: true, requirement: "OPTIONAL" }) });
    await user.click(screen.getByRole("button", { name: "Switch-on date" }));
    const day = (d: Date) => screen.getByRole("button", { name: dayjs(d).format("D MMMM YYYY") });
    const today = new Date();
    expect(day(today)).toBeEnabled();
    if (today.getDate() > 1) expect(day(new Date(Date.now() - 86_400_000))).toBeDisabled();
  });

  it("sends a cleared number as null (never remind again)", async () => {
    const { onSave, user } = renderForm();
    await user.clear(screen.getByRole("textbox", { name: "Remind after (days)" }));
    await saveAndApply(user);
    expect(onSave).toHaveBeenCalledWith({
      organisationId: "org-1",
      expectedVersion: 3,
      remindAfterDays: null,
    });
  });

  it("is read-only for app editors: inputs disabled, no Save", () => {
    renderForm({ readOnly: true });
    expect(screen.getByRole("checkbox", { name: "Force Passkey Setup" })).toBeDisabled();
    expect(screen.getByRole("switch", { name: "Allow password after passkey" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(screen.getByText("Only organisation admins can change these settings.")).toBeInTheDocument();
  });

  describe("Require attestation", () => {
    const ICLOUD = "fbfc3007-154e-4ecc-8c0b-6e020557d7bd";

    it("is off by default, and saving it sends only that change", async () => {
      const { onSave, user } = renderForm();
      const toggle = screen.getByRole("switch", { name: "Require attestation" });
      expect(toggle).not.toBeChecked();
      expect(toggle).toHaveAccessibleDescription(/maker's certificate chains to a trust root/);
      await user.click(toggle);
      await saveAndApply(user);
      expect(onSave).toHaveBeenCalledWith({ organisationId: "org-1", expectedVersion: 3, requireAttestation: true });
    });

    it("says plainly that an allowlist without attestation rests on self-declared AAGUIDs", async () => {
      const { user } = renderForm({ policy: buildPolicy({ allowedAuthenticators: [ICLOUD] }) });
      expect(screen.getByText(selfDeclaredAllowlistMessage)).toBeInTheDocument();
      expect(selfDeclaredAllowlistMessage).toContain("self-declared AAGUIDs");
      // Turning attestation on (even before saving) takes the warning away.
      await user.click(screen.getByRole("switch", { name: "Require attestation" }));
      expect(screen.queryByText(selfDeclaredAllowlistMessage)).not.toBeInTheDocument();
    });

    it("has nothing to warn about with no allowlist", () => {
      renderForm();
      expect(screen.queryByText(selfDeclaredAllowlistMessage)).not.toBeInTheDocument();
    });

    it("stays quiet when the saved policy already requires attestation", () => {
      renderForm({ policy: buildPolicy({ allowedAuthenticators: [ICLOUD], requireAttestation: true }) });
      expect(screen.getByRole("switch", { name: "Require attestation" })).toBeChecked();
      expect(screen.queryByText(selfDeclaredAllowlistMessage)).not.toBeInTheDocument();
    });

    it("shows the API's reason when the service has no trust roots to check attestation against", async () => {
      const reason = "Attestation cannot be required yet: this service has no attestation trust roots configured.";
      const { user } = renderForm({
        onReview: vi.fn(async () => {
          throw graphQLError("BAD_USER_INPUT", reason, { field: "requireAttestation" });
        }),
      });
      await user.click(screen.getByRole("switch", { name: "Require attestation" }));
      await user.click(screen.getByRole("button", { name: "Save" }));
      // The API names the field, so the reason shows beside the switch, not at the top of the form.
      expect(await screen.findByText(reason)).toBeInTheDocument();
      expect(screen.queryByRole("alert", { name: "The settings were not saved" })).not.toBeInTheDocument();
      // The admin's edit stays on screen, to try again once the operator has configured roots.
      expect(screen.getByRole("switch", { name: "Require attestation" })).toBeChecked();
    });
  });

  describe("when someone else saved first (VERSION_CONFLICT)", () => {
    const conflictTitle = "Someone else changed these settings while you were editing";

    async function conflict() {
      const latest = buildPolicy({
        version: 4,
        enabled: true,
        requirement: "OPTIONAL",
        maxSkips: 3,
        forcePasskeySetup: true,
        updatedBy: {
          __typename: "User",
          id: "u-2",
          displayName: "Bob Boss",
          email: "bob@example.com",
        },
      });
      const onSave = vi
        .fn<PolicyFormProps["onSave"]>()
        .mockRejectedValueOnce(graphQLError("VERSION_CONFLICT", "stale", { currentVersion: 4 }))
        .mockResolvedValue(buildPolicy({ ...latest, remindAfterDays: 14, version: 5 }));
      const rendered = renderForm({
        policy: buildPolicy({ enabled: true, requirement: "OPTIONAL" }),
        onSave,
        onFetchLatest: vi.fn(async () => latest),
      });
      await rendered.user.click(screen.getByRole("checkbox", { name: "Force Passkey Setup" }));
      const remind = screen.getByRole("textbox", {
        name: "Remind after (days)",
      });
      await rendered.user.clear(remind);
      await rendered.user.type(remind, "14");
      await saveAndApply(rendered.user);
      return { ...rendered, onSave };
    }

    it("shows what changed and by whom, and saves nothing", async () => {
      const { onSave } = await conflict();
      const alert = await screen.findByRole("alert", { name: conflictTitle });
      expect(alert).toHaveTextContent("Bob Boss saved version 4");
      const changes = within(alert).getByRole("list", { name: "What changed" });
      expect(changes).toHaveTextContent("Force Passkey Setup: off → on (you changed this too)");
      expect(changes).toHaveTextContent("Maximum skips: no limit → 3");
      expect(changes).not.toHaveTextContent("Remind after");
      expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();
      expect(onSave).toHaveBeenCalledTimes(1);
    });

    it("reloads the current version on request", async () => {
      const { user } = await conflict();
      await user.click(await screen.findByRole("button", { name: "Reload" }));
      expect(screen.queryByRole("alert", { name: conflictTitle })).not.toBeInTheDocument();
      expect(screen.getByRole("textbox", { name: "Maximum skips" })).toHaveValue("3");
      expect(screen.getByText(/Version 4/)).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Save" })).toBeDisabled();
    });

    it("can re-apply the admin's own edits on top of the new version, to be saved again", async () => {
      const { user, onSave } = await conflict();
      await user.click(
        await screen.findByRole("button", {
          name: "Keep my changes and review",
        }),
      );
      await waitFor(() => expect(screen.queryByRole("alert", { name: conflictTitle })).not.toBeInTheDocument());
      expect(screen.getByText(/Version 4/)).toBeInTheDocument();
      // Theirs kept where the admin did not edit, the admin's edit on top.
      expect(screen.getByRole("textbox", { name: "Maximum skips" })).toHaveValue("3");
      expect(screen.getByRole("textbox", { name: "Remind after (days)" })).toHaveValue("14");
      await saveAndApply(user);
      expect(onSave).toHaveBeenLastCalledWith({
        organisationId: "org-1",
        expectedVersion: 4,
        remindAfterDays: 14,
      });
      expect(await screen.findByText(/Version 5/)).toBeInTheDocument();
    });
  });

  describe("the review step before a change applies", () => {
    const live = buildPolicy({ enabled: true, requirement: "OPTIONAL" });

    it("says who is affected, the admin included, and applies nothing until confirmed", async () => {
      const onReview = vi.fn(async () =>
        buildImpact({
          requirementNow: "OPTIONAL",
          requirementAfter: "MANDATORY",
          usersHeldAtPrompt: 312,
          viewerHeldAtPrompt: true,
        }),
      );
      const { onSave, user } = renderForm({ policy: live, onReview });
      await user.click(screen.getByRole("checkbox", { name: "Force Passkey Setup" }));
      await user.click(screen.getByRole("button", { name: "Save" }));

      const heading = await screen.findByRole("heading", { name: "Review before you apply" });
      await waitFor(() => expect(heading).toHaveFocus());
      expect(
        within(screen.getByRole("list", { name: "Who this affects" })).getByText(
          "312 people have no passkey yet and will be held at the prompt until they create one, you included.",
        ),
      ).toBeInTheDocument();
      expect(onReview).toHaveBeenCalledWith({ organisationId: "org-1", expectedVersion: 3, forcePasskeySetup: true });
      expect(onSave).not.toHaveBeenCalled();

      // Back to editing applies nothing; an edit drops the review, which must be made again.
      await user.click(screen.getByRole("button", { name: "Back to editing" }));
      expect(screen.queryByRole("heading", { name: "Review before you apply" })).not.toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Save" }));
      await user.click(await screen.findByRole("button", { name: "Apply changes" }));
      expect(onSave).toHaveBeenCalledWith({ organisationId: "org-1", expectedVersion: 3, forcePasskeySetup: true });
    });

    it("names a mandatory role that includes the admin, and a mandatory date that has passed", async () => {
      const { user } = renderForm({
        policy: live,
        onReview: vi.fn(async () =>
          buildImpact({
            requirementNow: "OPTIONAL",
            requirementAfter: "MANDATORY",
            mandatoryDatePassed: true,
            usersHeldAtPrompt: 1,
            viewerHeldAtPrompt: true,
          }),
        ),
      });
      await user.click(screen.getByRole("checkbox", { name: "Force Passkey Setup" }));
      await user.click(screen.getByRole("button", { name: "Save" }));
      expect(
        await screen.findByText(
          "The mandatory date has already passed, so a passkey becomes mandatory as soon as you apply this.",
        ),
      ).toBeInTheDocument();
      expect(
        screen.getByText("You have no passkey yet and will be held at the prompt until you create one."),
      ).toBeInTheDocument();
    });

    it("makes a future switch-on date on a live organisation a confirmed pause", async () => {
      const inTenDays = dayjs().add(10, "day").startOf("day");
      const { onSave, user } = renderForm({
        policy: buildPolicy({ enabled: true, requirement: "OPTIONAL", enabledFrom: null }),
        onReview: vi.fn(async () =>
          buildImpact({
            requirementNow: "OPTIONAL",
            requirementAfter: "OPTIONAL",
            takesEffectAt: inTenDays.toISOString(),
            pausesPasskeys: true,
            pauseNeedsConfirmation: true,
            usersWithPasskey: 88,
          }),
        ),
      });
      expect(screen.queryByText(pauseWarning)).not.toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Switch-on date" }));
      await user.click(screen.getByRole("button", { name: inTenDays.format("D MMMM YYYY") }));
      // Said beside the date, before anything is sent.
      expect(await screen.findByText(pauseWarning)).toBeInTheDocument();

      await user.click(screen.getByRole("button", { name: "Save" }));
      expect(await screen.findByRole("heading", { name: "Pause passkeys?" })).toBeInTheDocument();
      expect(
        screen.getByText(
          `This pauses passkeys until ${inTenDays.format("D MMMM YYYY")}: passkey sign-in stops as soon as you apply it, and 88 people with a passkey will sign in with their password until then.`,
        ),
      ).toBeInTheDocument();
      await user.click(screen.getByRole("button", { name: "Pause passkeys" }));
      expect(onSave).toHaveBeenCalledWith({
        organisationId: "org-1",
        expectedVersion: 3,
        enabledFrom: inTenDays.toISOString(),
        confirmPause: true,
      });
    });

    it("shows a refusal beside its field with focus moved there, not at the top", async () => {
      const message = "The mandatory date cannot be before the switch-on date.";
      const { user } = renderForm({
        policy: live,
        onReview: vi.fn(async () => {
          throw graphQLError("BAD_USER_INPUT", message, { field: "maxSkips" });
        }),
      });
      const maxSkips = screen.getByRole("textbox", { name: "Maximum skips" });
      await user.type(maxSkips, "5");
      await user.click(screen.getByRole("button", { name: "Save" }));
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(maxSkips).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(maxSkips).toHaveFocus();
      expect(screen.queryByRole("alert", { name: "The settings were not saved" })).not.toBeInTheDocument();
    });

    it("puts an error without a field by the buttons, with focus on it", async () => {
      const { user } = renderForm({
        policy: live,
        onReview: vi.fn(async () => {
          throw graphQLError("FORBIDDEN", "no");
        }),
      });
      await user.type(screen.getByRole("textbox", { name: "Maximum skips" }), "5");
      await user.click(screen.getByRole("button", { name: "Save" }));
      const alert = await screen.findByRole("alert", { name: "The settings were not saved" });
      await waitFor(() => expect(alert).toHaveFocus());
    });
  });

  it("keeps “Force Passkey Setup” off-limits until passkeys are enabled", async () => {
    const { user } = renderForm();
    const force = screen.getByRole("checkbox", { name: "Force Passkey Setup" });
    expect(force).toBeDisabled();
    expect(force).toHaveAccessibleDescription(expect.stringContaining(forceNeedsEnabledMessage));
    await user.click(screen.getByRole("switch", { name: "Enable passkeys" }));
    expect(force).toBeEnabled();
    expect(force).not.toHaveAccessibleDescription(expect.stringContaining(forceNeedsEnabledMessage));
  });

  it("offers no past day for the mandatory date either", async () => {
    const { user } = renderForm({ policy: buildPolicy({ enabled: true, requirement: "OPTIONAL" }) });
    await user.click(screen.getByRole("button", { name: "Make mandatory on" }));
    const today = new Date();
    expect(screen.getByRole("button", { name: dayjs(today).format("D MMMM YYYY") })).toBeEnabled();
    if (today.getDate() > 1) {
      expect(screen.getByRole("button", { name: dayjs(Date.now() - 86_400_000).format("D MMMM YYYY") })).toBeDisabled();
    }
  });
});
