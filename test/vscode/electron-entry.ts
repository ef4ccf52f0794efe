// The entry point @vscode/test-electron loads into VS Code's extension host: runs the suite and fails if any test failed.
import { runSuite } from "./suite.js";

export async function run(): Promise<void> {
  const result = await runSuite((line) => console.log(line));
  console.log(`measurements: ${JSON.stringify(result.measurements)}`);
  const failed = result.outcomes.filter((o) => !o.passed);
  if (failed.length > 0) throw new Error(`${failed.length} of ${result.outcomes.length} VS Code tests failed: ${failed.map((f) => f.name).join("; ")}`);
}
