/** One problem found in the content, phrased for the person who edits it. */
export interface Problem {
  level: 'error' | 'warning';
  /** Path of the file to open, relative to the project. */
  file: string;
  /** Field inside the file, dotted (`funding.amount`); empty for the file as a whole. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
  /** Line in the file, when known. */
  line?: number | undefined;
}

/**
 * One line per problem: `file:line › field: message`, the way editors look for it.
 *
 * @example formatProblem({ level: 'error', file: 'a.mdx', line: 4, field: 'title', message: 'missing' })
 * // 'Error: a.mdx:4 › title: missing'
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` › ${problem.field}` : '';
  return `${problem.level === 'error' ? 'Error' : 'Warning'}: ${where}${field}: ${problem.message}`;
}
