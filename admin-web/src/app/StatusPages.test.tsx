import { screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderWithMantine } from "../test/render";
import { RouteErrorPage } from "./StatusPages";

function renderFailing(error: Error) {
  const Failing = () => {
    throw error;
  };
  const router = createMemoryRouter([{ path: "/", element: <Failing />, errorElement: <RouteErrorPage /> }]);
  renderWithMantine(<RouterProvider router={router} />);
}

describe("a route that fails", () => {
  it("says a new version is available when a screen's code file is gone after a release", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    renderFailing(new TypeError("Failed to fetch dynamically imported module: http://x/assets/UsersPage-1a2b.js"));
    expect(await screen.findByRole("heading", { name: "A new version is available" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
  });

  it("speaks plain words for any other error, never the router's developer page", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    renderFailing(new Error("Cannot read properties of undefined (reading 'id')"));
    expect(await screen.findByRole("heading", { name: "Something went wrong" })).toBeInTheDocument();
    expect(screen.queryByText(/Unexpected Application Error|Cannot read properties/)).not.toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the start page" })).toHaveAttribute("href", "/");
  });
});
