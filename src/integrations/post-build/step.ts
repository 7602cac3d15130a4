import type { AstroIntegrationLogger } from 'astro';
import type { BuiltPage } from '../../lib/built-site.ts';

/** What every post-build step is handed: the build being finished and its pages, read once. */
export interface PostBuildContext {
  /** The folder Astro just wrote (the staging folder; published only when every step passed). */
  distDir: string;
  /** The site's base path, always ending in '/'. */
  base: string;
  contentDir: string;
  /** Every built page, parsed once (src/lib/built-site.ts), by URL without the base path. */
  site: Map<string, BuiltPage>;
  logger: AstroIntegrationLogger;
  /** How many Open Graph cards were drawn while Astro built the pages (0 when none were). */
  prefilledCards: Promise<number>;
  /** Work that changes files outside the build (the anchor registry in content/), done only once every step passed. */
  onSuccess(action: () => Promise<void>): void;
}

/** One small job on the built site; it throws to stop the build. */
export interface PostBuildStep {
  /** Korean name, used in the error when the step fails. */
  name: string;
  run(context: PostBuildContext): Promise<void> | void;
}

/**
 * Runs the steps in order; the first failure stops the build with the failing step's name in front, and
 * nothing a step left for `onSuccess` is done. When all passed, those actions run, in order, and the time each
 * step took is logged.
 */
export async function runSteps(steps: readonly PostBuildStep[], context: Omit<PostBuildContext, 'onSuccess'>): Promise<void> {
  const afterSuccess: Array<() => Promise<void>> = [];
  const shared: PostBuildContext = { ...context, onSuccess: (action) => afterSuccess.push(action) };
  const seconds: string[] = [];
  for (const step of steps) {
    const started = performance.now();
    try {
      await step.run(shared);
    } catch (error) {
      throw stepFailure(step.name, error);
    }
    seconds.push(`${step.name} ${((performance.now() - started) / 1000).toFixed(2)}초`);
  }
  for (const action of afterSuccess) await action();
  // Where the post-build time goes, one figure per step (the build benchmarks print it beside the total).
  context.logger.info(`빌드 뒤 단계 시간: ${seconds.join(', ')}`);
}

/** The error a failed step stops the build with: the step's name first, its own message after. */
export function stepFailure(name: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`빌드 뒤 단계 "${name}"에서 멈췄습니다. 이전 빌드 결과는 그대로 둡니다.\n${message}`, { cause: error });
}
