import type { Problem } from './csv.js';

/** `file:line: reason`, the form every import problem is reported in. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.reason}`;
}
