// The last step of `npm run bench`: prints issue 11's figures, recorded by the benchmarks before it, beside their targets.
import { printFigures } from "./issue-11.js";

printFigures();
