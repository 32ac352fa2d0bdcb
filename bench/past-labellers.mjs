// The labellers held-out pairs were measured with, rebuilt from git, for experiments that ask "would this have helped
// on servers nobody had tuned on yet?".
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The commit that recorded each unseen-family pair's one measurement; its parent is the labeller that was scored. */
export const MEASURED_PAIRS = [
  ["4518125", [27, 28]],
  ["1c83aa4", [29, 30]],
  ["e473e2b", [31, 32]],
  ["83eab8d", [33, 34]],
  ["5ac09ee", [35, 36]],
  ["f7a75bc", [37, 38]],
  ["3c9ec13", [39, 40]],
];

export const parentOf = (commit) => execFileSync("git", ["-C", ROOT, "rev-parse", "--short", `${commit}^`], { encoding: "utf8" }).trim();

/** Builds the labeller of `commit` once into a scratch directory and imports it. */
export async function labellerAt(commit) {
  const dir = join(tmpdir(), "mcp-shield-retro", commit);
  const built = existsSync(join(dir, "dist/flows/index.js"));
  if (!built) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync("git", ["-C", ROOT, "archive", "--format=tar", commit, "src", "rules", "package.json", "tsconfig.json", "tsconfig.build.json"], { maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
  }
  // Relinked every time: a build cached by another checkout would point at that checkout's node_modules.
  rmSync(join(dir, "node_modules"), { force: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  if (!built) {
    execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: dir, stdio: "inherit" });
  }
  return import(pathToFileURL(join(dir, "dist/flows/index.js")).href);
}

/** The roles at or above the flow threshold that `labeller` gives each tool of `items`, keyed server NUL tool. */
export function rolesByTool(labeller, items, benchServer, toolsByServer) {
  const out = new Map();
  for (const [server, tools] of toolsByServer(items)) {
    const labels = labeller.labelServer(benchServer(server, tools));
    for (const t of tools) out.set(`${server}\0${t.name}`, new Set(labels[t.name].filter((l) => l.confidence >= labeller.FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role)));
  }
  return out;
}
