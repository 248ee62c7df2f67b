// PLACEHOLDER: the `query` command; replaced by the module that implements it.
import type { Command } from 'commander';

export function registerQuery(program: Command): void {
  program.command('query').description('(not yet implemented)').action(() => {
    process.stderr.write('citegraph query: not yet implemented\n');
    process.exitCode = 1;
  });
}
