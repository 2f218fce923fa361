import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { AxeResults, ImpactValue, Result, RunOptions } from "axe-core";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { artifacts, axeReport } from "./env";

/** axe-core's browser bundle, run in each page before the check. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

type Impact = "critical" | "serious" | "moderate" | "minor";
/** What fails a journey: WCAG failures that stop or seriously hinder someone. */
const failing: ImpactValue[] = ["critical", "serious"];

export interface AxeScreen {
  screen: string;
  path: string;
  viewport: string;
  /** Violations (rules that failed) by impact. */
  violations: Record<Impact, number>;
  /** The elements that failed, by impact. */
  nodes: Record<Impact, number>;
  rules: {
    id: string;
    impact: ImpactValue | undefined;
    help: string;
    nodes: number;
    /** The first few failing elements: selector, markup and what axe says is wrong. */
    examples: { target: string; html: string; summary: string }[];
  }[];
}

export interface AccessibleOptions {
  /** Selectors left out of the check: only for third-party widgets we do not render, and say why at the call. */
  exclude?: string[];
}

/**
 * Waits until no finite animation or transition has run for 150 ms, so axe sees settled colours: Mantine starts a
 * modal's or menu's transition a frame or a timer after it mounts, so one look at getAnimations() is not enough.
 */
async function settled(page: Page) {
  await page.evaluate(async () => {
    const running = () =>
      document
        .getAnimations()
        .filter(
          (animation) =>
            animation.playState === "running" && animation.effect?.getComputedTiming().endTime !== Infinity,
        );
    const deadline = performance.now() + 5000;
    for (let quiet = 0; quiet < 3 && performance.now() < deadline;) {
      const now = running();
      if (now.length > 0) {
        quiet = 0;
        await Promise.all(now.map((animation) => animation.finished.catch(() => undefined)));
      } else {
        quiet += 1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });
}

async function runAxe(page: Page, options: AccessibleOptions): Promise<AxeResults> {
  await settled(page);
  // The API's CSP (script-src 'self') refuses an inline <script>, which is what page.addScriptTag({ content }) adds;
  // evaluating the source over the DevTools protocol is not subject to it, and leaves the CSP under test untouched.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ exclude, runOptions }) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      return axe.run(exclude.length > 0 ? { exclude: exclude.map((selector) => [selector]) } : document, runOptions);
    },
    {
      exclude: options.exclude ?? [],
      runOptions: { resultTypes: ["violations"] } satisfies RunOptions,
    },
  );
}

function count(results: Result[], weigh: (result: Result) => number): Record<Impact, number> {
  const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const result of results) if (result.impact) byImpact[result.impact] += weigh(result);
  return byImpact;
}

function record(entry: AxeScreen) {
  mkdirSync(artifacts, { recursive: true });
  const report: AxeScreen[] = existsSync(axeReport) ? JSON.parse(readFileSync(axeReport, "utf8")) : [];
  report.push(entry);
  writeFileSync(axeReport, `${JSON.stringify(report, null, 2)}\n`);
}

/** One line per failing element: rule, impact, where, what to do. */
export function describeViolations(screen: string, results: Result[]): string {
  const lines = results.flatMap((result) =>
    result.nodes.map(
      (node) =>
        `  [${result.impact}] ${result.id} at ${node.target.join(" ")}: ${result.help} (${result.helpUrl})` +
        (node.failureSummary ? `\n      ${node.failureSummary.replaceAll("\n", "\n      ")}` : ""),
    ),
  );
  return `axe found ${lines.length} serious or critical problem(s) on "${screen}":\n${lines.join("\n")}`;
}

/**
 * Runs axe-core on the page as it is now, appends the figures for `screen` to e2e/artifacts/axe-report.json, and
 * fails on any serious or critical violation. AXE_REPORT_ONLY=1 records without failing (to measure a baseline).
 */
export async function expectAccessible(page: Page, screen: string, options: AccessibleOptions = {}) {
  const results = await runAxe(page, options);
  const viewport = page.viewportSize();
  record({
    screen,
    path: new URL(page.url()).pathname,
    viewport: viewport ? `${viewport.width}x${viewport.height}` : "unknown",
    violations: count(results.violations, () => 1),
    nodes: count(results.violations, (result) => result.nodes.length),
    rules: results.violations.map((result) => ({
      id: result.id,
      impact: result.impact,
      help: result.help,
      nodes: result.nodes.length,
      examples: result.nodes.slice(0, 5).map((node) => ({
        target: node.target.join(" "),
        html: node.html.slice(0, 300),
        summary: (node.failureSummary ?? "").slice(0, 400),
      })),
    })),
  });
  const blocking = results.violations.filter((result) => failing.includes(result.impact ?? null));
  if (blocking.length > 0 && process.env.AXE_REPORT_ONLY !== "1") {
    throw new Error(describeViolations(screen, blocking));
  }
}

/**
 * For a page open at phone width: once nothing says "Loading…", the page does not scroll sideways and no badge is
 * cut short or breaks inside a word; then a full-page screenshot to e2e/artifacts/mobile-NAME.png, and expectAccessible at this width.
 */
export async function expectFitsPhone(page: Page, name: string) {
  const width = page.viewportSize()?.width ?? 0;
  await expect
    .poll(() =>
      page
        .getByRole("status")
        .filter({ hasText: /^Loading/ })
        .count(),
    )
    .toBe(0);
  await expect
    .poll(() => page.evaluate(() => document.scrollingElement!.scrollWidth), {
      message: `${name} scrolls sideways at ${width} px`,
    })
    .toBeLessThanOrEqual(width);
  // Cut short ("M…"), or one word broken over lines ("MA / NDA / TORY").
  const cut = await page
    .locator(".mantine-Badge-label")
    .evaluateAll((labels) =>
      labels
        .filter(
          (label) =>
            label.scrollWidth > label.clientWidth + 1 ||
            (!/\s/.test(label.textContent!.trim()) &&
              label.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(label).lineHeight)),
        )
        .map((label) => label.textContent),
    );
  expect(cut, `badges cut short or broken on ${name}`).toEqual([]);
  await page.screenshot({ path: join(artifacts, `mobile-${name}.png`), fullPage: true });
  await expectAccessible(page, `${name} (phone)`);
}
