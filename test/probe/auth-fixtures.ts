// Starts the auth fixture HTTP servers (fixtures/servers/auth-*.mjs) once per argument list; each prints its URL.
import { afterAll } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

const children: ChildProcess[] = [];
// Fixtures are stateless, so tests that need the same one share a process.
const started = new Map<string, Promise<string>>();

export function startFixture(name: string, args: string[] = []): Promise<string> {
  const key = [name, ...args].join(" ");
  let url = started.get(key);
  if (!url) started.set(key, (url = spawnFixture(name, args)));
  return url;
}

function spawnFixture(name: string, args: string[]): Promise<string> {
  const child = spawn(process.execPath, [join(process.cwd(), "fixtures", "servers", name), ...args], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    lines.once("line", (line) => resolve(line.trim()));
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

afterAll(() => {
  for (const c of children) c.kill();
});
