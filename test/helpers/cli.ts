// Runs the built CLI the way a user does: a child process with its own HOME and working directory.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = join(ROOT, "bin", "mcp-shield-scan.js");
export const FIXTURES = join(ROOT, "fixtures");
export const NODE = process.execPath;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  json: any;
}

export interface CliOptions {
  home?: string;
  cwd?: string;
  env?: Record<string, string>;
  input?: string;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const home = options.home ?? tempDir();
    const child = spawn(NODE, [BIN, ...args], {
      cwd: options.cwd ?? home,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: home,
        USERPROFILE: home,
        XDG_CONFIG_HOME: join(home, ".config"),
        XDG_STATE_HOME: join(home, ".local", "state"),
        NO_COLOR: "1",
        ...options.env,
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.stdin.end(options.input ?? "");
    child.on("close", (code) => {
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      resolvePromise({ code, stdout, stderr, json });
    });
  });
}

const made: string[] = [];
export function tempDir(prefix = "mss-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function cleanupTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Writes a file (creating directories) and returns its path. */
export function writeFixture(base: string, rel: string, content: string | object): string {
  const path = join(base, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return path;
}

export const SERVERS = {
  everything: join(ROOT, "node_modules/@modelcontextprotocol/server-everything/dist/index.js"),
  filesystem: join(ROOT, "node_modules/@modelcontextprotocol/server-filesystem/dist/index.js"),
  memory: join(ROOT, "node_modules/@modelcontextprotocol/server-memory/dist/index.js"),
  fixture: (name: string) => join(FIXTURES, "servers", name),
};
