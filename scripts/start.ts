/**
 * npm start — runs the unit tests so the book can show each formula's real test results, then
 * serves the book with `astro dev` on http://127.0.0.1:4321/. Failing tests do not stop it: the
 * pages then show those failures, honestly.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const HOST = '127.0.0.1';
const PORT = '4321';
// The binaries themselves, not `npx`: one process less, so a stop signal reaches the server.
const bin = (name: string) => join(import.meta.dirname, '..', 'node_modules', '.bin', name);

console.log('Running the unit tests (their report feeds the book’s “Tests” panels)…');
const tests = spawnSync(bin('vitest'), ['run'], {
  stdio: 'inherit',
  env: { ...process.env, FF_REPORT: '1' },
});
if (tests.status !== 0) console.log('Some tests failed; the book shows which ones.');

console.log(`\nServing the book at http://${HOST}:${PORT}/ (Ctrl+C stops it)\n`);
// Astro would otherwise try to send anonymous usage data to its servers.
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = spawn(bin('astro'), ['dev', '--host', HOST, '--port', PORT], {
  stdio: 'inherit',
  env,
});
astro.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
