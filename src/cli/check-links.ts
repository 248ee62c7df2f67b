// PLACEHOLDER: the `check-links` command; replaced by the module that implements it.
import type { Command } from 'commander';

export function registerCheckLinks(program: Command): void {
  program.command('check-links').description('(not yet implemented)').action(() => {
    process.stderr.write('citegraph check-links: not yet implemented\n');
    process.exitCode = 1;
  });
}
