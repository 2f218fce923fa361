import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CredentialFieldsFragment } from "../graphql/graphql";
import { renderWithMantine } from "../test/render";
import { PasskeyTable } from "./PasskeyTable";
import { ResponsiveTable } from "./ResponsiveTable";

const passkey = (id: string, name: string, synced = false): CredentialFieldsFragment => ({
  __typename: "Credential",
  id,
  name,
  authenticatorName: synced ? "iCloud Keychain" : null,
  aaguid: "00000000-0000-0000-0000-000000000000",
  synced,
  backupEligible: synced,
  transports: ["internal"],
  createdAt: "2026-11-30T09:15:00.000Z",
  lastUsedAt: null,
});
const passkeys = [passkey("p1", "iPhone", true), passkey("p2", "Work laptop")];

/** The browser's answer to the phone media query (jsdom has no layout: test/setup.ts answers "no" to every query). */
function atPhoneWidth(phone: boolean) {
  const matchMedia = window.matchMedia;
  window.matchMedia = (query: string) => ({ ...matchMedia(query), matches: phone && query.startsWith("not all") });
  return () => (window.matchMedia = matchMedia);
}

let restore = () => {};
afterEach(() => restore());

function renderPasskeys() {
  const rename = vi.fn();
  const remove = vi.fn();
  renderWithMantine(
    <PasskeyTable
      passkeys={passkeys}
      actions={[
        { label: "Rename", icon: null, onClick: rename },
        { label: "Remove", icon: null, color: "red", onClick: remove },
      ]}
    />,
  );
  return { rename, remove };
}

describe("the passkey list", () => {
  it("is one card per passkey on a phone, with its facts and its Rename and Remove buttons", async () => {
    restore = atPhoneWidth(true);
    const { rename, remove } = renderPasskeys();

    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    const cards = within(screen.getByRole("list", { name: "2 passkeys" })).getAllByRole("listitem");
    expect(cards).toHaveLength(2);
    const [iphone, laptop] = cards as [HTMLElement, HTMLElement];
    expect(iphone).toHaveTextContent("iPhone");
    expect(within(iphone).getByText("Synced")).toBeInTheDocument();
    expect(within(iphone).getByText("Provider").nextElementSibling).toHaveTextContent("iCloud Keychain");
    expect(within(laptop).getByText("Last used").nextElementSibling).toHaveTextContent("Never");

    await userEvent.click(within(laptop).getByRole("button", { name: "Rename Work laptop" }));
    expect(rename).toHaveBeenCalledWith(passkeys[1]);
    await userEvent.click(within(iphone).getByRole("button", { name: "Remove iPhone" }));
    expect(remove).toHaveBeenCalledWith(passkeys[0]);
  });

  it("is a table on a wider screen, with the same buttons in each row", async () => {
    restore = atPhoneWidth(false);
    const { remove } = renderPasskeys();

    const table = screen.getByRole("table", { name: "2 passkeys" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Name", "Provider", "Created", "Last used", "Actions"]);
    const row = within(table).getByRole("row", { name: /Work laptop/ });
    expect(within(row).getByRole("button", { name: "Rename Work laptop" })).toBeInTheDocument();
    await userEvent.click(within(row).getByRole("button", { name: "Remove Work laptop" }));
    expect(remove).toHaveBeenCalledWith(passkeys[1]);
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });
});

describe("the responsive table", () => {
  it("leaves the actions out when there are none", () => {
    restore = atPhoneWidth(true);
    renderWithMantine(
      <ResponsiveTable
        caption="1 user"
        rows={[{ id: "u1", name: "Ada", status: "Pending" }]}
        rowKey={(row) => row.id}
        minWidth={400}
        columns={[
          { header: "Name", cell: (row) => row.name },
          { header: "Status", cell: (row) => row.status },
        ]}
      />,
    );
    const card = within(screen.getByRole("list", { name: "1 user" })).getByRole("listitem");
    expect(within(card).getByText("Status").nextElementSibling).toHaveTextContent("Pending");
    expect(within(card).queryByRole("button")).not.toBeInTheDocument();
  });
});
