// PLACEHOLDER: the `serve` command; replaced by the module that implements it.
import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program.command('serve').description('(not yet implemented)').action(() => {
    process.stderr.write('citegraph serve: not yet implemented\n');
    process.exitCode = 1;
  });
}
