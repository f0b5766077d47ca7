/**
 * The vitest JSON reporter, but only for a full run: a run filtered by file (`vitest run
 * tests/lib/x`), by name (`-t`) or by shard writes nothing, so it never replaces the last full
 * report the book's "Tests" panels and the formula check read with a partial one.
 */
import { JsonReporter, type TestModule } from 'vitest/node';

/** Why a run is not the full suite, or null when it is (pure, so a test can pin the rule). */
export function partialRunReason(run: {
  readonly filesRun: number;
  readonly filesInSuite: number;
  readonly testNamePattern?: RegExp | undefined;
  readonly shard?: unknown;
}): string | null {
  if (run.testNamePattern) return `only tests named ${String(run.testNamePattern)}`;
  if (run.shard) return 'one shard of the suite';
  if (run.filesRun < run.filesInSuite)
    return `${run.filesRun} of the suite's ${run.filesInSuite} test files`;
  return null;
}

export class FullRunReport extends JsonReporter {
  override async onTestRunEnd(testModules: ReadonlyArray<TestModule>): Promise<void> {
    const suite = await this.ctx.globTestSpecifications();
    const reason = partialRunReason({
      filesRun: new Set(testModules.map((m) => m.moduleId)).size,
      filesInSuite: new Set(suite.map((s) => s.moduleId)).size,
      testNamePattern: this.ctx.config.testNamePattern,
      shard: this.ctx.config.shard,
    });
    if (reason !== null) {
      this.ctx.logger.log(
        `Partial run (${reason}): the full report ${String(this.options.outputFile)} is left as it was.`,
      );
      return;
    }
    await super.onTestRunEnd(testModules);
  }
}
