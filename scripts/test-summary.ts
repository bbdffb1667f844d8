// Prints vitest's JSON report as the one line CI reads: "N passed, N failed".
// A missing report (the build failed before any test ran) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const path = process.argv[2] ?? '.tmp/vitest-report.json';
if (!existsSync(path)) {
  console.log('0 passed, 1 failed');
} else {
  const report = JSON.parse(readFileSync(path, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
  const failed = report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
  console.log(`${report.numPassedTests} passed, ${failed} failed`);
}
