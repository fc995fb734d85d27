// Ends the run with the plain "N passed, N failed" line that CI reads, after Jest's own summary.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed`;
    setImmediate(() => process.stderr.write(`${skipped ? `${line}, ${skipped} skipped` : line}\n`));
  }
}

module.exports = ClosingLineReporter;
