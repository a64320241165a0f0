// `avail import DIR`: builds the catalog file from a folder, all or nothing. On a
// terminal a progress bar shows once it takes a second; otherwise it prints the
// summary line alone, so a script or a log reads one line.
import { importCatalog } from '../../src/catalog/build.js';
import { formatProblem } from '../../src/catalog/problem.js';
import { ConfigError, type Env } from '../shared/config.js';
import { EXIT } from '../shared/entry.js';
import { catalogArgs, countsLine, problems } from './catalogArgs.js';
import { importProgress } from './progress.js';

export const IMPORT_USAGE = 'avail import DIR';

export async function importCommand(args: string[], env: Env): Promise<number | null> {
  const a = catalogArgs(args, env);
  if (!a) return null;
  const started = performance.now();
  const bar = importProgress({ stream: process.stderr });
  const result = await importCatalog(a.dir, a.file, { progress: (p) => bar.update(p) });
  bar.stop();
  if (!result.ok) {
    if ('unwritable' in result) throw new ConfigError(a.key, `cannot write ${result.unwritable}: ${result.reason}`);
    if ('unreadable' in result) throw new ConfigError(a.key, `${result.unreadable} is not a readable catalog`);
    for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`import failed: ${problems(result.problems.length)}; ${a.file} is unchanged\n`);
    return EXIT.failed;
  }
  const took = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`imported ${a.dir} into ${a.file}${result.counts ? `: ${countsLine(result.counts)}` : ''} in ${took} s\n`);
  return EXIT.ok;
}
