#!/usr/bin/env node
// Node >= 22.1 caches compiled code between runs, which matters for a scanner run before every server start.
import module from "node:module";
module.enableCompileCache?.();
const { main } = await import("../dist/cli.js");
process.exitCode = await main(process.argv);
