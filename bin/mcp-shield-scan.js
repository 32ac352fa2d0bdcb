#!/usr/bin/env node
// Node >= 22.1 caches compiled code between runs, which matters for a scanner run before every server start.
import module from "node:module";
import v8 from "node:v8";
module.enableCompileCache?.();
// The rule pack's large case-insensitive patterns run on short texts: compiling each straight to machine code
// once costs about a quarter of interpreting it first and compiling it again when V8 tiers it up.
v8.setFlagsFromString("--no-regexp-tier-up");
const { main } = await import("../dist/cli.js");
process.exitCode = await main(process.argv);
