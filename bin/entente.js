#!/usr/bin/env node
// The `entente` command: runs the bundled CLI.
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
