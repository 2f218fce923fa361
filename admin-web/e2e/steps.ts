import { it } from "vitest";

/**
 * Steps of a journey that builds on itself: after the first failed step the rest are skipped, so the report names
 * the step that broke instead of a cascade. `onFailure` runs once at the failure (screenshots of the open pages).
 */
export function journeySteps(onFailure: () => Promise<void> = async () => {}) {
  let broken: string | null = null;
  return function step(name: string, run: () => Promise<void>) {
    it(name, async (ctx) => {
      if (broken) ctx.skip(`an earlier step failed: ${broken}`);
      try {
        await run();
      } catch (error) {
        broken = name;
        await onFailure().catch(() => {});
        throw error;
      }
    });
  };
}
