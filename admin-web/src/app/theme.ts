import { createTheme } from "@mantine/core";

export const theme = createTheme({
  primaryColor: "blue",
  // Darker shade for filled buttons keeps white text above 4.5:1 contrast.
  primaryShade: { light: 7, dark: 8 },
  defaultRadius: "md",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "700" },
});
