import type { MockLink } from "@apollo/client/testing";
import { MockedProvider } from "@apollo/client/testing/react";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { RenameCredentialMutation } from "../../lib/ownPasskeys";
import { renderWithMantine } from "../../test/render";
import { NamePasskeyStep } from "./NamePasskeyStep";

const passkey = {
  __typename: "Credential" as const,
  id: "cred-1",
  name: "Chrome on Mac",
  authenticatorName: null,
  aaguid: "00000000-0000-0000-0000-000000000000",
  synced: false,
  backupEligible: false,
  transports: ["internal"],
  createdAt: "2026-03-02T09:00:00.000Z",
  lastUsedAt: null,
};

function renderStep(mocks: MockLink.MockedResponse[] = []) {
  const onDone = vi.fn();
  renderWithMantine(
    <MockedProvider mocks={mocks}>
      <NamePasskeyStep passkey={passkey} onDone={onDone} />
    </MockedProvider>,
  );
  return { onDone, user: userEvent.setup() };
}

describe("naming a passkey right after it was made", () => {
  it("has the suggested name focused and selected, so that Enter keeps it", async () => {
    const { onDone, user } = renderStep();
    const input = screen.getByLabelText("Passkey name", { selector: "input" }) as HTMLInputElement;
    expect(input).toHaveValue("Chrome on Mac");
    expect(input).toHaveFocus();
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, "Chrome on Mac".length]);
    await user.keyboard("{Enter}");
    expect(onDone).toHaveBeenCalled();
  });

  it("typing replaces the suggestion, and the new name is saved", async () => {
    const { onDone, user } = renderStep([
      {
        request: { query: RenameCredentialMutation, variables: { id: "cred-1", name: "Work laptop" } },
        result: { data: { renameCredential: { ...passkey, name: "Work laptop" } } },
      },
    ]);
    await user.keyboard("Work laptop{Enter}");
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
  });

  it("asks for a name when the field is emptied", async () => {
    const { onDone, user } = renderStep();
    await user.keyboard("{Backspace}{Enter}");
    expect(await screen.findByText("Enter a name, or keep the suggested one")).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });
});
