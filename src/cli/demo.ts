// PLACEHOLDER: the `demo` command; replaced by the module that implements it.
import type { Command } from 'commander';

export function registerDemo(program: Command): void {
  program.command('demo').description('(not yet implemented)').action(() => {
    process.stderr.write('citegraph demo: not yet implemented\n');
    process.exitCode = 1;
  });
}
