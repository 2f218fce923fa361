import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { graphQLError } from "../test/errors";
import { renderWithMantine } from "../test/render";
import { FormModal } from "./FormModal";
import { notifyError } from "./notify";
import { EmptyState, QueryView } from "./QueryState";

function SlugForm({
  onSubmit,
  onClose = () => {},
}: {
  onSubmit: (values: { slug: string }) => Promise<void>;
  onClose?: () => void;
}) {
  const form = useForm({ mode: "controlled", initialValues: { slug: "" } });
  return (
    <FormModal opened onClose={onClose} title="New thing" form={form} submitLabel="Create" onSubmit={onSubmit}>
      <TextInput label="Slug" {...form.getInputProps("slug")} />
    </FormModal>
  );
}

describe("the form modal", () => {
  it("puts a BAD_USER_INPUT error beside the field its extensions.field names, with focus there", async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => {
      throw graphQLError("BAD_USER_INPUT", "This slug is already taken.", { field: "slug" });
    });
    renderWithMantine(<SlugForm onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText("Slug"), "acme");
    await user.click(screen.getByRole("button", { name: "Create" }));

    const field = screen.getByLabelText("Slug");
    await waitFor(() => expect(field).toHaveAccessibleDescription("This slug is already taken."));
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows an error that names no field at the top, and closes after a success", async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const onSubmit = vi
      .fn<(values: { slug: string }) => Promise<void>>()
      .mockRejectedValueOnce(graphQLError("FORBIDDEN", "no"))
      .mockResolvedValueOnce(undefined);
    renderWithMantine(<SlugForm onSubmit={onSubmit} onClose={onClose} />);
    await user.click(screen.getByRole("button", { name: "Create" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("You do not have permission to do this.");

    await user.click(screen.getByRole("button", { name: "Create" }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });
});

describe("the query-state wrapper", () => {
  it("climbs loading, error with a retry, empty and content", async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const view = (data: string[] | undefined, error?: unknown) => (
      <QueryView
        data={data}
        error={error}
        onRetry={onRetry}
        loadingLabel="Loading things…"
        isEmpty={(list) => list.length === 0}
        empty={<EmptyState title="No things yet" />}
      >
        {(list) => <p>{list.join(", ")}</p>}
      </QueryView>
    );
    let shown = renderWithMantine(view(undefined));
    expect(screen.getByRole("status")).toHaveTextContent("Loading things…");

    shown.unmount();
    shown = renderWithMantine(view(undefined, graphQLError("NOT_FOUND", "gone")));
    expect(screen.getByRole("alert")).toHaveTextContent(/could not find that/);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(onRetry).toHaveBeenCalledTimes(1);

    shown.unmount();
    shown = renderWithMantine(view([]));
    expect(screen.getByText("No things yet")).toBeInTheDocument();

    // Data already on screen stays when a refetch fails.
    shown.unmount();
    shown = renderWithMantine(view(["a", "b"], graphQLError("NOT_FOUND", "gone")));
    expect(screen.getByText("a, b")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("notifyError", () => {
  it("shows what did not happen and why, in words", async () => {
    renderWithMantine(<></>);
    notifyError("Not removed", graphQLError("RATE_LIMITED", "slow down", { retryAfterSeconds: 120 }));
    expect(await screen.findByText("Not removed")).toBeInTheDocument();
    expect(screen.getByText("Too many tries. Wait 2 minutes and try again.")).toBeInTheDocument();
  });
});
