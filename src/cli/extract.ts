// PLACEHOLDER: the `extract` command; replaced by the module that implements it.
import type { Command } from 'commander';

export function registerExtract(program: Command): void {
  program.command('extract').description('(not yet implemented)').action(() => {
    process.stderr.write('citegraph extract: not yet implemented\n');
    process.exitCode = 1;
  });
}
