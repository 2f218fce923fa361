import { MockedProvider } from "@apollo/client/testing/react";
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithMantine } from "../test/render";
import { SignInCodeStateQuery } from "../lib/signInCodeState";
import { formatRemaining, formatSignInCode, LiveSignInCode, SignInCodeCountdown } from "./SignInCodeCountdown";

describe("the sign-in code countdown", () => {
  const now = new Date("2026-11-25T09:00:00.000Z");
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    vi.setSystemTime(now);
  });
  afterEach(() => vi.useRealTimers());

  const inSeconds = (s: number) => new Date(now.getTime() + s * 1000).toISOString();

  it("shows the code as XXXX-XXXX and the time left, counting down each second", () => {
    renderWithMantine(<SignInCodeCountdown code="K7QX2M9D" expiresAt={inSeconds(600)} />);
    expect(screen.getByTestId("sign-in-code")).toHaveTextContent("K7QX-2M9D");
    expect(screen.getByTestId("code-countdown")).toHaveTextContent("10:00");
    act(() => void vi.advanceTimersByTime(1000));
    expect(screen.getByTestId("code-countdown")).toHaveTextContent("9:59");
    act(() => void vi.advanceTimersByTime(534_000));
    expect(screen.getByTestId("code-countdown")).toHaveTextContent("1:05");
  });

  it("says when the code has expired and offers a new one", () => {
    const onNewCode = vi.fn();
    renderWithMantine(<SignInCodeCountdown code="K7QX-2M9D" expiresAt={inSeconds(3)} onNewCode={onNewCode} />);
    expect(screen.queryByText("This code has expired.")).not.toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(3000));
    expect(screen.getByText("This code has expired.")).toBeInTheDocument();
    expect(screen.queryByTestId("code-countdown")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Copy code" })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Make a new code" }));
    expect(onNewCode).toHaveBeenCalled();
  });

  it("is already expired when shown after its expiry", () => {
    renderWithMantine(<SignInCodeCountdown code="K7QX-2M9D" expiresAt={inSeconds(-5)} />);
    expect(screen.getByText("This code has expired.")).toBeInTheDocument();
  });

  it("formats codes and remaining time", () => {
    expect(formatSignInCode("k7qx 2m9d")).toBe("K7QX-2M9D");
    expect(formatSignInCode("K7QX-2M9D")).toBe("K7QX-2M9D");
    expect(formatSignInCode(" abc ")).toBe("ABC");
    expect(formatRemaining(0)).toBe("0:00");
    expect(formatRemaining(-3)).toBe("0:00");
    expect(formatRemaining(59.2)).toBe("1:00");
    expect(formatRemaining(65)).toBe("1:05");
  });
});

describe("a code the API says was used", () => {
  const now = new Date("2026-11-25T09:00:00.000Z");
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    vi.setSystemTime(now);
  });
  afterEach(() => vi.useRealTimers());

  it("shows as used, stops counting down, and offers no copy", () => {
    const expiresAt = new Date(now.getTime() + 600_000).toISOString();
    const onNewCode = vi.fn();
    renderWithMantine(
      <SignInCodeCountdown
        code="K7QX2M9D"
        expiresAt={expiresAt}
        onNewCode={onNewCode}
        status="USED"
        usedAt="2026-11-25T09:01:00.000Z"
      />,
    );
    expect(screen.getByText("Used")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent(
      /This code was used to sign in at \d\d:\d\d\. It cannot be used again\./,
    );
    expect(screen.queryByTestId("code-countdown")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Copy code" })).not.toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(700_000));
    // Past its expiry it still says used, not expired.
    expect(screen.queryByText("This code has expired.")).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Make a new code" }));
    expect(onNewCode).toHaveBeenCalled();
  });

  it("shows a code replaced by a newer one as expired before its time", () => {
    const expiresAt = new Date(now.getTime() + 600_000).toISOString();
    renderWithMantine(<SignInCodeCountdown code="K7QX2M9D" expiresAt={expiresAt} status="EXPIRED" />);
    expect(screen.getByText("This code has expired.")).toBeInTheDocument();
  });
});

describe("a live code", () => {
  it("asks the API what became of it, and shows it used", async () => {
    const expiresAt = new Date(Date.now() + 600_000).toISOString();
    renderWithMantine(
      <MockedProvider
        mocks={[
          {
            request: { query: SignInCodeStateQuery, variables: { id: "code-1" } },
            result: {
              data: {
                signInCodeState: {
                  __typename: "SignInCodeState",
                  id: "code-1",
                  status: "USED",
                  expiresAt,
                  usedAt: new Date().toISOString(),
                },
              },
            },
          },
        ]}
      >
        <LiveSignInCode id="code-1" code="K7QX2M9D" expiresAt={expiresAt} />
      </MockedProvider>,
    );
    expect(screen.getByTestId("code-countdown")).toBeInTheDocument();
    expect(await screen.findByText("Used")).toBeInTheDocument();
    expect(screen.queryByTestId("code-countdown")).not.toBeInTheDocument();
  });
});
