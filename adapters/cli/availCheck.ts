// `avail check DIR`: the problems an import would report, without building
// anything (CATALOG_DB is not touched). Problems go to standard output, one
// `file:line: reason` a line, for a data team to work through; a clean folder
// gets one line of counts.
import { checkCatalog } from '../../src/catalog/build.js';
import { formatProblem } from '../../src/catalog/problem.js';
import { EXIT } from '../shared/entry.js';
import { countsLine, problems } from './catalogArgs.js';
import { resolve } from 'node:path';

export const CHECK_USAGE = 'avail check DIR';

export async function checkCommand(args: string[]): Promise<number | null> {
  if (args.length !== 1 || args[0]!.startsWith('-')) return null;
  const dir = resolve(args[0]!);
  const result = await checkCatalog(dir);
  if (!result.ok) {
    for (const p of result.problems) process.stdout.write(`${formatProblem(p)}\n`);
    process.stderr.write(`check failed: ${problems(result.problems.length)} in ${dir}\n`);
    return EXIT.failed;
  }
  process.stdout.write(`checked ${dir}: ${countsLine(result.counts)}; no problems\n`);
  return EXIT.ok;
}
