/**
 * `npm run bench`: the engine's speed beside tfjs, then the book's budgets (page weight,
 * Lighthouse, build time). `npm run bench -- --engine` or `-- --budgets` runs one half.
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
    target: r.target ?? '',
    met: r.met === undefined ? '' : r.met ? 'yes' : 'NO',
  }));
  console.log(`\nEngine (Node ${process.version}, median of runs of at least 1 s each)`);
  console.table(table);
}

if (wants('engine')) printEngine(runEngineBenchmarks());
if (wants('budgets')) {
  const { runBudgets } = await import('./budgets.ts');
  await runBudgets();
}
