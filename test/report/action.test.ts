// The composite action's script, run with bash against a stand-in `npx` that records its arguments.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "../helpers/cli.js";

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8"));
const script: string = action.runs.steps[0].run;
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

function defaults(): Record<string, string> {
  return Object.fromEntries(Object.entries(action.inputs as Record<string, { default: string }>).map(([k, v]) => [k, v.default]));
}

function runAction(inputs: Record<string, string>, npxExit = 0) {
  const dir = mkdtempSync(join(tmpdir(), "mss-action-"));
  try {
    const argsFile = join(dir, "npx-args");
    // Stands in for npx (no network in tests): one argument per line, then the chosen exit code.
    writeFileSync(join(dir, "npx"), `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > "${argsFile}"\nexit ${npxExit}\n`);
    chmodSync(join(dir, "npx"), 0o755);
    writeFileSync(join(dir, "a.json"), "{}");
    const all = { ...defaults(), ...inputs };
    const env: Record<string, string> = {
      PATH: `${dir}:${process.env.PATH}`,
      GITHUB_OUTPUT: join(dir, "output"),
    };
    for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase().replace(/-/g, "_")}`] = v;
    const res = spawnSync("bash", ["-c", script], { cwd: dir, env, encoding: "utf8" });
    return {
      status: res.status,
      args: existsSync(argsFile) ? readFileSync(argsFile, "utf8").split("\n").slice(0, -1) : [],
      output: existsSync(env.GITHUB_OUTPUT!) ? readFileSync(env.GITHUB_OUTPUT!, "utf8") : "",
      pwned: existsSync(join(dir, "pwned")),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("action.yml", () => {
  test("the default version is the package's current version", () => {
    expect(action.inputs.version.default).toBe(pkg.version);
  });

  test("runs the pinned scanner in CI mode with SARIF output and writes its outputs", () => {
    const r = runAction({});
    expect(r.status).toBe(0);
    expect(r.args).toEqual(["--yes", `mcp-shield-scan@${pkg.version}`, "scan", "--ci", "--format", "sarif", "--output", "mcp-shield-scan.sarif", "--fail-on", "high", "."]);
    expect(r.output).toBe("sarif-file=mcp-shield-scan.sarif\nexit-code=0\n");
  });

  test("passes inputs through as separate arguments, never through a shell or a glob", () => {
    const r = runAction({ targets: "configs/a.json $(touch pwned) *.json", args: "--rules x;touch${IFS}pwned", "no-connect": "true", "fail-on": "medium", "sarif-file": "out dir.sarif", version: "1.2.3" });
    expect(r.pwned).toBe(false);
    expect(r.args).toEqual([
      "--yes", "mcp-shield-scan@1.2.3", "scan", "--ci", "--format", "sarif", "--output", "out dir.sarif", "--fail-on", "medium",
      "--no-connect", "--rules", "x;touch${IFS}pwned", "configs/a.json", "$(touch", "pwned)", "*.json",
    ]);
  });

  test("fails with the scanner's exit code but still reports where the SARIF is", () => {
    const r = runAction({}, 1);
    expect(r.status).toBe(1);
    expect(r.output).toBe("sarif-file=mcp-shield-scan.sarif\nexit-code=1\n");
    expect(runAction({}, 3).status).toBe(3);
  });
});

describe("example workflow", () => {
  const workflow = parse(readFileSync(join(ROOT, "docs", "examples", "mcp-shield-scan.yml"), "utf8"));
  const job = workflow.jobs["mcp-shield-scan"];

  test("uploads SARIF with security-events permission even when the scan fails", () => {
    expect(job.permissions["security-events"]).toBe("write");
    const upload = job.steps.find((s: any) => String(s.uses).startsWith("github/codeql-action/upload-sarif"));
    expect(upload.if).toMatch(/^always\(\)/);
    const scan = job.steps.find((s: any) => s.id === "scan");
    expect(upload.with.sarif_file).toBe(scan.with["sarif-file"]);
    expect(scan.uses).toContain(`@v${pkg.version}`);
    // Only inputs the action declares.
    for (const key of Object.keys(scan.with)) expect(Object.keys(action.inputs)).toContain(key);
    expect(scan.with["no-connect"]).toContain("pull_request");
  });
});
