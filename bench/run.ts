/**
 * `npm run bench`: the engine's speed beside tfjs, then the book's budgets (page weight,
 * Lighthouse, build time), and the widgets' redraw latency and weight in Chromium.
 * `npm run bench -- --engine`, `-- --widgets`, `-- --playground` or `-- --budgets` runs one part
 * (widgets, playground and budgets measure the build in dist/).
 * Numbers are printed, never asserted: speed is not a test.
 */
import { runEngineBenchmarks, type EngineRow } from './engine.ts';

const only = process.argv.slice(2);
const wants = (part: string) => only.length === 0 || only.includes(`--${part}`);

function format(value: number, unit: EngineRow['unit']): string {
  return unit === 'samples/s' ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}

function printEngine(rows: EngineRow[]): void {
  const table = rows.map((r) => ({
    work: r.work,
    unit: r.unit,
    feedforward: format(r.ours, r.unit),
    'tfjs (cpu)': format(r.tfjs, r.unit),
    'ours vs tfjs':
      r.unit === 'samples/s'
        ? `${(r.ours / r.tfjs).toFixed(1)}×`
        : `${(r.tfjs / r.ours).toFixed(1)}× faster`,
    'bare loop': r.bare === undefined ? '' : format(r.bare, r.unit),
    'ours vs bare':
      r.vsBare === undefined
        ? ''
        : `${r.vsBare.ratio.toFixed(2)}× (${r.vsBare.spread.map((x) => x.toFixed(2)).join('–')})`,
    target: r.target ?? '',
    met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  }));
  console.log(`\nEngine (Node ${process.version}, median of runs of at least 1 s each)`);
  console.table(table);
}

if (wants('engine')) {
  const rows = runEngineBenchmarks();
  printEngine(rows);
  // The machine's own speed drifts between runs; the bare loop on each case, timed in turn with the
  // engine, says whether a missed target is the engine's doing or the machine's. The ratio is the
  // median of the rounds' ratios; in brackets, the lowest and highest round.
  const slower = rows.filter((r) => r.vsBare !== undefined && r.vsBare.ratio < 1);
  console.log(
    slower.length === 0
      ? 'The engine trains every case at least as fast as the bare Float64Array loop (bench/bare-loop.ts).'
      : `The engine is slower than the bare loop on: ${slower.map((r) => `${r.work} (${r.vsBare!.ratio.toFixed(2)}×)`).join(', ')}.`,
  );
}
if (wants('widgets')) {
  const { printWidgetBudgets, runWidgetBudgets } = await import('./widgets.ts');
  printWidgetBudgets(await runWidgetBudgets());
}
if (wants('playground')) {
  const { printPlaygroundBudgets, runPlaygroundBudgets } = await import('./playground.ts');
  printPlaygroundBudgets(await runPlaygroundBudgets());
}
if (wants('budgets')) {
  const { runBudgets } = await import('./budgets.ts');
  await runBudgets();
}
