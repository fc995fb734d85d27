import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';

/** The report laid out as the repository's Prettier settings want markdown (tables aligned). */
export async function formatMarkdown(markdown: string, file: string): Promise<string> {
  const options = (await resolveConfig(file)) ?? {};
  return format(markdown, { ...options, parser: 'markdown' });
}

/**
 * Adds the report to the day's results file (`mail-YYYY-MM-DD.md`), under the ones of earlier runs
 * that day, and returns the file's path.
 */
export async function appendResults(dir: string, report: string, date: Date): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `mail-${date.toISOString().slice(0, 10)}.md`);
  const earlier = existsSync(file)
    ? readFileSync(file, 'utf8')
    : `# Mail delivery benchmark, ${date.toISOString().slice(0, 10)}\n\nWritten by \`npm run bench:mail\`; see docs/operations.md, "Benchmarks".\n`;
  writeFileSync(file, await formatMarkdown(`${earlier.trimEnd()}\n\n${report}`, file));
  return file;
}
