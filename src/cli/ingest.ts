// PLACEHOLDER: the `ingest` command; replaced by the module that implements it.
import type { Command } from 'commander';

export function registerIngest(program: Command): void {
  program.command('ingest').description('(not yet implemented)').action(() => {
    process.stderr.write('citegraph ingest: not yet implemented\n');
    process.exitCode = 1;
  });
}
