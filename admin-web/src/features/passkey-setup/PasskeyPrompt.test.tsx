import dayjs from "dayjs";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithMantine } from "../../test/render";
import { PasskeyPrompt, skipNote, type PasskeyPromptProps } from "./PasskeyPrompt";

function renderPrompt(setup: PasskeyPromptProps["setup"], extra: Partial<PasskeyPromptProps> = {}) {
  const onContinue = vi.fn();
  const onSkip = vi.fn();
  const onSignOut = vi.fn();
  renderWithMantine(
    <PasskeyPrompt setup={setup} onContinue={onContinue} onSkip={onSkip} onSignOut={onSignOut} {...extra} />,
  );
  return { onContinue, onSkip, onSignOut, user: userEvent.setup() };
}

describe("the passkey prompt", () => {
  it("offers “Do this later” when the policy is optional and the API says the user can skip", async () => {
    const { onSkip, onContinue, user } = renderPrompt({
      nextStep: "OFFER_SETUP",
      requirement: "OPTIONAL",
      canSkip: true,
      reason: "FIRST_PASSKEY",
    });
    expect(screen.getByRole("heading", { name: "Create your passkey" })).toBeInTheDocument();
    expect(screen.getByText(/Face ID, your fingerprint or your device PIN/)).toBeInTheDocument();
    expect(screen.getByText(/biometric data never leaves your device/)).toBeInTheDocument();
    expect(screen.getByText(/Synced passkeys .* follow you to a new phone/)).toBeInTheDocument();
    expect(screen.queryByText(/requires a passkey/)).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Do this later" }));
    expect(onSkip).toHaveBeenCalledTimes(1);
    expect(onContinue).not.toHaveBeenCalled();
  });

  it("has no way past it when setup is required", async () => {
    const { onContinue, user } = renderPrompt({
      nextStep: "REQUIRE_SETUP",
      requirement: "MANDATORY",
      canSkip: false,
      reason: "FIRST_PASSKEY",
    });
    expect(screen.queryByRole("button", { name: "Do this later" })).not.toBeInTheDocument();
    expect(screen.getByText("Your organisation requires a passkey before you can continue.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(onContinue).toHaveBeenCalledTimes(1);
  });

  it("trusts canSkip over the step: no skip when the API says so, even for an offer", () => {
    renderPrompt({
      nextStep: "OFFER_SETUP",
      requirement: "MANDATORY",
      canSkip: false,
      reason: "FIRST_PASSKEY",
    });
    expect(screen.queryByRole("button", { name: "Do this later" })).not.toBeInTheDocument();
  });

  it("tells platform staff, who have no organisation, that they need a passkey", () => {
    renderPrompt(
      { nextStep: "REQUIRE_SETUP", requirement: "MANDATORY", canSkip: false, reason: "FIRST_PASSKEY" },
      { staff: true },
    );
    expect(screen.getByText("Platform staff need a passkey before they can continue.")).toBeInTheDocument();
  });

  it("lets a user stuck on a required prompt sign out", async () => {
    const { onSignOut, user } = renderPrompt({
      nextStep: "REQUIRE_SETUP",
      requirement: "MANDATORY",
      canSkip: false,
      reason: "FIRST_PASSKEY",
    });
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(onSignOut).toHaveBeenCalled();
  });

  it("says that this device needs its own passkey after a sign-in with a code", () => {
    renderPrompt({
      nextStep: "OFFER_SETUP",
      requirement: "OPTIONAL",
      canSkip: true,
      reason: "NEW_DEVICE",
    });
    expect(screen.getByText("This device needs its own passkey")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Do this later" })).toBeInTheDocument();
  });

  it("does not mention a new device for a first passkey", () => {
    renderPrompt({
      nextStep: "OFFER_SETUP",
      requirement: "OPTIONAL",
      canSkip: true,
      reason: "FIRST_PASSKEY",
    });
    expect(screen.queryByText("This device needs its own passkey")).not.toBeInTheDocument();
  });

  it("shows an error and blocks a second skip while one is running", () => {
    renderPrompt(
      {
        nextStep: "OFFER_SETUP",
        requirement: "OPTIONAL",
        canSkip: true,
        reason: "FIRST_PASSKEY",
      },
      {
        busy: "skip",
        error: "The passkey request was cancelled or timed out. Try again when you are ready.",
      },
    );
    expect(screen.getByRole("alert")).toHaveTextContent("cancelled or timed out");
    expect(screen.getByRole("button", { name: "Continue" })).toBeDisabled();
  });

  it("moves focus to its heading when it opens, and tells a person held at it where to get a code", () => {
    renderPrompt({ nextStep: "REQUIRE_SETUP", requirement: "MANDATORY", canSkip: false, reason: "FIRST_PASSKEY" });
    expect(screen.getByRole("heading", { name: "Create your passkey" })).toHaveFocus();
    expect(screen.getByText(/Can't create one on this device\? Ask your admin for a code/)).toBeInTheDocument();
  });

  describe("what “Do this later” means", () => {
    const offer = {
      nextStep: "OFFER_SETUP",
      requirement: "OPTIONAL",
      canSkip: true,
      reason: "FIRST_PASSKEY",
    } as const;
    const inAWeek = dayjs().add(7, "day");

    it("says when it will ask again and how many skips remain, and the skip button carries it", () => {
      renderPrompt({ ...offer, skipsRemaining: 3, nextPromptAt: inAWeek.toISOString() });
      const note = `If you choose “Do this later”, we will ask again on ${inAWeek.format("D MMMM YYYY")} (in 7 days). You can skip 3 more times; after that a passkey is required.`;
      expect(screen.getByText(note)).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Do this later" })).toHaveAccessibleDescription(note);
    });

    it("says plainly when the prompt will not come back, with no limit on skips", () => {
      renderPrompt({ ...offer, skipsRemaining: null, nextPromptAt: null });
      expect(
        screen.getByText(/we will not ask again, but you can create a passkey from your account/),
      ).toBeInTheDocument();
      expect(screen.queryByText(/more time/)).not.toBeInTheDocument();
    });

    it("warns that the last skip is the last", () => {
      renderPrompt({ ...offer, skipsRemaining: 1, nextPromptAt: new Date().toISOString() });
      expect(
        screen.getByText("This is your last chance to skip: after it, you will need a passkey to continue."),
      ).toBeInTheDocument();
    });

    it("says one more time in the singular", () => {
      expect(skipNote({ ...offer, skipsRemaining: 2, nextPromptAt: null })).toContain("You can skip 2 more times");
      expect(skipNote({ ...offer, skipsRemaining: 1, nextPromptAt: null })).toContain("last chance");
    });

    it("says nothing about skipping when there is no skip", () => {
      renderPrompt({
        nextStep: "REQUIRE_SETUP",
        requirement: "MANDATORY",
        canSkip: false,
        reason: "FIRST_PASSKEY",
        skipsRemaining: 0,
        nextPromptAt: null,
      });
      expect(screen.queryByText(/ask again/)).not.toBeInTheDocument();
      expect(skipNote({ ...offer, reason: "NEW_DEVICE", skipsRemaining: 2, nextPromptAt: null })).toBeNull();
    });
  });
});
