#!/usr/bin/env node
// The `citegraph` command: the one place that wires ingest, graph and api together.
import { Command, CommanderError } from 'commander';
import { registerExtract } from './cli/extract.js';
import { registerIngest } from './cli/ingest.js';
import { registerStats } from './cli/stats.js';
import { registerQuery } from './cli/query.js';
import { registerCheckLinks } from './cli/check-links.js';
import { registerServe } from './cli/serve.js';
import { registerDemo } from './cli/demo.js';
import { registerExport } from './cli/export.js';
import { EXIT_USAGE, printError } from './cli/run-action.js';

// A closed pipe (`citegraph export | head`) is the reader saying "enough", not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const program = new Command();
program
  .name('citegraph')
  .description('Knowledge graph and research index of cited sources')
  .version('0.1.0')
  .showHelpAfterError()
  .exitOverride();

registerExtract(program);
registerIngest(program);
registerStats(program);
registerQuery(program);
registerCheckLinks(program);
registerServe(program);
registerDemo(program);
registerExport(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
  } else {
    printError(err);
    process.exitCode = 1;
  }
}
