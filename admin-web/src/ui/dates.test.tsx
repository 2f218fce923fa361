import { screen } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { renderWithMantine } from "../test/render";
import { formatDate, formatDateTime, formatDay, formatExact, formatTime } from "./dates";
import { RelativeTime, Time } from "./RelativeTime";

// The reader's zone decides the clock shown: pin one.
beforeAll(() => {
  process.env.TZ = "Europe/London";
});

const afternoon = "2026-12-02T14:05:09.000Z";
const summerMorning = "2026-07-09T07:30:00.000Z"; // 08:30 in London (BST)

describe("dates, one way everywhere", () => {
  it("puts the day before the month, in British English, on a 24-hour clock", () => {
    expect(formatDateTime(afternoon)).toBe("2 Dec 2026, 14:05");
    expect(formatDate(afternoon)).toBe("2 December 2026");
    expect(formatTime(afternoon)).toBe("14:05");
    expect(formatDay(afternoon)).toBe("2 Dec");
    expect(formatDateTime(summerMorning)).toBe("9 Jul 2026, 08:30");
  });

  it("gives the exact instant, with seconds and the zone, for a hover", () => {
    expect(formatExact(afternoon)).toBe("Wednesday, 2 December 2026 at 14:05:09 GMT");
    expect(formatExact(summerMorning)).toBe("Thursday, 9 July 2026 at 08:30:00 BST");
  });

  it("says so when there is no date", () => {
    expect(formatDateTime(null)).toBe("Never");
    expect(formatDate(undefined)).toBe("Not set");
    expect(formatDate(null, "Never")).toBe("Never");
  });

  it("shows a date in words with its exact time on hover", () => {
    renderWithMantine(
      <>
        <Time iso={afternoon} as="date" />
        <RelativeTime iso={null} />
      </>,
    );
    const time = screen.getByText("2 December 2026");
    expect(time.tagName).toBe("TIME");
    expect(time).toHaveAttribute("dateTime", afternoon);
    expect(time).toHaveAttribute("title", "Wednesday, 2 December 2026 at 14:05:09 GMT");
    expect(screen.getByText("Never")).toBeInTheDocument();
  });
});
