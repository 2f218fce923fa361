import { DEFAULT_THEME, luminance, mergeMantineTheme, Modal } from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";
import { notifications } from "@mantine/notifications";
import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithMantine } from "../test/render";
import { cssVariablesResolver, theme } from "./theme";

function contrast(a: string, b: string) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe("the theme's colours", () => {
  const merged = mergeMantineTheme(DEFAULT_THEME, theme);
  const light = cssVariablesResolver(merged).light as Record<string, string>;

  it("gives light badges, alerts and subtle buttons text at 4.5:1 or more on their background and hover", () => {
    for (const [name, shades] of Object.entries(merged.colors)) {
      const text = light[`--mantine-color-${name}-light-color`]!;
      expect(contrast(text, shades[1]), `${name} on shade 1`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, shades[2]), `${name} on shade 2`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("draws dimmed text and placeholders at 4.5:1 or more on white and on the lightest grey", () => {
    for (const variable of ["--mantine-color-dimmed", "--mantine-color-placeholder"]) {
      expect(contrast(light[variable]!, "#ffffff")).toBeGreaterThanOrEqual(4.5);
      expect(contrast(light[variable]!, merged.colors.gray[0])).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("writes field errors at 4.5:1 or more on white", () => {
    expect(light["--mantine-color-error"]).toBe("var(--mantine-color-red-9)");
    expect(contrast(merged.colors.red[9], "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("puts white text on the primary filled colour at 4.5:1 or more", () => {
    const shade = typeof merged.primaryShade === "number" ? merged.primaryShade : merged.primaryShade.light;
    expect(contrast("#ffffff", merged.colors.blue[shade])).toBeGreaterThanOrEqual(4.5);
  });
});

describe("close buttons", () => {
  it("are named in dialogs", async () => {
    renderWithMantine(
      <Modal opened onClose={() => {}} title="Rename passkey">
        body
      </Modal>,
    );
    expect(await screen.findByRole("button", { name: "Close" })).toBeInTheDocument();
  });

  it("are named on clearable dates", async () => {
    renderWithMantine(<DatePickerInput label="Switch-on date" clearable defaultValue="2026-12-24" />);
    expect(await screen.findByRole("button", { name: "Clear date" })).toBeInTheDocument();
  });

  it("are named in notifications", async () => {
    renderWithMantine(<p>page</p>);
    act(() => notifications.show({ title: "Saved", message: "Settings saved" }));
    expect(await screen.findByRole("button", { name: "Close" })).toBeInTheDocument();
  });
});
