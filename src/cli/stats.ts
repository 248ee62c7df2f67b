// PLACEHOLDER: the `stats` command; replaced by the module that implements it.
import type { Command } from 'commander';

export function registerStats(program: Command): void {
  program.command('stats').description('(not yet implemented)').action(() => {
    process.stderr.write('citegraph stats: not yet implemented\n');
    process.exitCode = 1;
  });
}
