import { BarChart } from "@mantine/charts";

/** Lazy-loaded: recharts is large and only this panel needs it. */
export default function SignInChart({ data }: { data: { method: string; count: number }[] }) {
  return (
    <BarChart
      h={220}
      data={data}
      dataKey="method"
      series={[{ name: "count", label: "Sign-ins", color: "blue.6" }]}
      // Sign-ins are whole numbers: no 0.5 steps on a quiet month.
      yAxisProps={{ allowDecimals: false }}
      tickLine="y"
      gridAxis="y"
      withTooltip
      // Hidden from screen readers (the figures are written beside it), so not a Tab stop either.
      accessibilityLayer={false}
      aria-hidden
    />
  );
}
