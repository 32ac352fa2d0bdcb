#!/usr/bin/env node
// Stand-in for `mcp-shield-scan guard` until the CLI wires it: same flags, calls the built runGuard.
import { runGuard } from "../../dist/guard/index.js";

const argv = process.argv.slice(2);
const split = argv.indexOf("--");
const flags = split >= 0 ? argv.slice(0, split) : argv;
const [command = "", ...args] = split >= 0 ? argv.slice(split + 1) : [];
const value = (name) => {
  const i = flags.indexOf(name);
  return i >= 0 ? flags[i + 1] : undefined;
};
const code = await runGuard({
  command,
  args,
  name: value("--name"),
  lockfilePath: value("--lockfile"),
  failOn: value("--fail-on") ?? "high",
  timeoutMs: Number(value("--timeout") ?? 10) * 1000,
  redactOutput: flags.includes("--redact-output"),
  logFile: value("--log"),
  env: process.env,
  cwd: process.cwd(),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
process.exit(code);
