import {
  Badge,
  createTheme,
  darken,
  luminance,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from "@mantine/core";
import { DatePickerInput } from "@mantine/dates";

export const theme = createTheme({
  primaryColor: "blue",
  // Filled buttons in the primary colour: shade 8 keeps white text above 4.5:1 (shade 7 gives 4.2).
  primaryShade: { light: 8, dark: 8 },
  // Other filled colours (orange, teal, green) take dark text where white would fall under 4.5:1: 0.179 is the
  // luminance at which black and white text contrast equally.
  autoContrast: true,
  luminanceThreshold: 0.179,
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "700" },
  components: {
    // A badge in a narrow place (a phone's header, a card) wraps between its words instead of being cut to "M…":
    // without overflow: hidden a badge in a flex row keeps at least its longest word's width, and only a word
    // wider than the whole row breaks.
    Badge: Badge.extend({
      styles: {
        root: {
          height: "auto",
          minHeight: "var(--badge-height)",
          maxWidth: "100%",
          paddingBlock: 1,
          overflow: "visible",
        },
        label: { whiteSpace: "normal", overflow: "visible", overflowWrap: "break-word", lineHeight: 1.3 },
      },
    }),
    // The × of dialogs, notifications and clearable dates has no text; screen readers need its name.
    DatePickerInput: DatePickerInput.extend({ defaultProps: { clearButtonProps: { "aria-label": "Clear date" } } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { "aria-label": "Close" } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { "aria-label": "Close" } },
      // Mantine draws the text in grey 6 (3.3:1) whatever "dimmed" is.
      styles: { description: { color: "var(--mantine-color-dimmed)" } },
    }),
  },
});

function contrast(a: string, b: string) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour's darkest shade, darkened further until it reads at 4.5:1 on its own hover shade. */
function readableLightColor(shades: MantineColorsTuple) {
  let color = shades[9];
  for (let amount = 0.05; contrast(color, shades[2]) < 4.6 && amount < 1; amount += 0.05) {
    color = darken(shades[9], amount);
  }
  return color;
}

/**
 * WCAG AA contrast in the light scheme, which Mantine's defaults miss: grey "dimmed" text and placeholders are 3.3:1
 * on white, and the text of light badges, alerts, subtle buttons and the active menu entry (shade 9 on shades 1-2)
 * is 2.7-4.3:1 for yellow, orange, teal, green and blue.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "#697077",
    "--mantine-color-placeholder": "#697077",
    // Field errors: Mantine's red 6 is 3.3:1 on white; red 9 is 5.6:1.
    "--mantine-color-error": "var(--mantine-color-red-9)",
    ...Object.fromEntries(
      Object.entries(resolved.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        readableLightColor(shades),
      ]),
    ),
  },
  dark: {},
});
