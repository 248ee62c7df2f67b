// `npm run bench`: runs every benchmark in turn. Each reports its figures as ratios against a
// baseline measured in the same run, because this machine is shared and noisy.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCHES = ['extract-bench', 'graph-bench', 'linkcheck-bench', 'api-bench'] as const;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
let failed = 0;
for (const name of BENCHES) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  const file = join(here, `${name}.js`);
  if (!existsSync(file)) continue;
  process.stdout.write(`\n=== ${name} ===\n`);
  try {
    const mod = (await import(file)) as { run?: () => Promise<unknown> };
    if (typeof mod.run !== 'function') throw new Error(`${name}: no run() export`);
    await mod.run();
  } catch (err) {
    failed++;
    process.stderr.write(`bench ${name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
