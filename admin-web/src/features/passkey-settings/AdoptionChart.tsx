import { LineChart } from "@mantine/charts";
import dayjs from "dayjs";

/** Lazy-loaded like SignInChart: the share of users with a passkey, per day, as a percentage. */
export default function AdoptionChart({ data }: { data: { day: string; adoptionRate: number }[] }) {
  return (
    <LineChart
      h={220}
      data={data.map((d) => ({ day: dayjs(d.day).format("D MMM"), share: Math.round(d.adoptionRate * 1000) / 10 }))}
      dataKey="day"
      series={[{ name: "share", label: "Users with a passkey (%)", color: "teal.6" }]}
      yAxisProps={{ domain: [0, 100], allowDecimals: false }}
      unit="%"
      curveType="linear"
      withDots={false}
      tickLine="y"
      gridAxis="y"
      withTooltip
      // Hidden from screen readers (the figures are written beside it), so not a Tab stop either.
      accessibilityLayer={false}
      aria-hidden
    />
  );
}
