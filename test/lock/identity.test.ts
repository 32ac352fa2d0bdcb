import { describe, expect, it } from "@jest/globals";
import { canonicalJson, hashJson, launchIdentity, splitSpec } from "../../src/lock/index.js";

const stdio = (command: string, args: string[], env: Record<string, string> = {}) => launchIdentity({ transport: "stdio", command, args, env, headers: {} });

describe("launchIdentity", () => {
  it("reads the package spec of package runners and keys it without the version", () => {
    expect(stdio("npx", ["-y", "@scope/server@1.2.3", "/data"])).toMatchObject({ kind: "package", key: "npx @scope/server", package: "@scope/server", spec: "@scope/server@1.2.3", version: "1.2.3", args: ["/data"] });
    expect(stdio("C:\\Program Files\\nodejs\\npx.cmd", ["--yes", "server-x"])).toMatchObject({ key: "npx server-x", spec: "server-x" });
    expect(stdio("npx", ["--package=@a/b@2", "b-cli"])).toMatchObject({ key: "npx @a/b", version: "2", args: ["b-cli"] });
    expect(stdio("pnpm", ["dlx", "tool@latest"])).toMatchObject({ key: "pnpm dlx tool", version: "latest" });
    expect(stdio("bunx", ["tool@1"])).toMatchObject({ key: "bunx tool" });
    expect(stdio("uvx", ["--python", "3.12", "mcp-server-fetch==0.6.2"])).toMatchObject({ key: "uvx mcp-server-fetch", version: "0.6.2" });
    expect(stdio("uvx", ["--from", "git+https://example.com/r.git", "srv"])).toMatchObject({ kind: "package", spec: "git+https://example.com/r.git", args: ["srv"] });
    expect(stdio("pnpm", ["install"])).toMatchObject({ kind: "command", key: "pnpm install" });
  });

  it("identifies a server launched through the guard by the command it wraps", () => {
    const inner = stdio("npx", ["-y", "@scope/server@1.2.3"]);
    expect(stdio("mcp-shield-scan", ["guard", "--fail-on", "high", "--", "npx", "-y", "@scope/server@1.2.3"])).toEqual(inner);
    expect(stdio("npx", ["-y", "mcp-shield-scan@0.1.0", "guard", "--", "npx", "-y", "@scope/server@1.2.3"])).toEqual(inner);
    expect(stdio("node", ["/opt/m/bin/mcp-shield-scan.js", "guard", "--", "npx", "-y", "@scope/server@1.2.3"])).toEqual(inner);
    expect(stdio("npx", ["-y", "mcp-shield-scan", "scan"])).toMatchObject({ kind: "package", key: "npx mcp-shield-scan" });
  });

  it("keeps other commands whole, with secrets masked", () => {
    const id = stdio("node", ["server.js", "--key", "abcdefgh12345678"], { KEY: "abcdefgh12345678" });
    expect(id).toMatchObject({ kind: "command", command: "node" });
    expect(JSON.stringify(id)).not.toContain("abcdefgh12345678");
  });

  it("strips credentials and secret query values from URLs, and keys by origin and path", () => {
    const id = launchIdentity({ transport: "http", url: "https://user:pw12345678@mcp.example.com/mcp?token=tok_1234567890abcdef&v=1#x", args: [], env: {}, headers: {} });
    expect(id.key).toBe("https://mcp.example.com/mcp");
    expect(id.url).toContain("v=1");
    expect(id.url).not.toContain("tok_1234567890abcdef");
    expect(id.url).not.toContain("pw12345678");
  });
});

describe("splitSpec", () => {
  it("splits npm and python specs", () => {
    expect(splitSpec("@s/p@^1.0", "npm")).toEqual({ name: "@s/p", version: "^1.0" });
    expect(splitSpec("@s/p", "npm")).toEqual({ name: "@s/p" });
    expect(splitSpec("pkg[cli]>=2", "python")).toEqual({ name: "pkg[cli]", version: "2" });
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth, keeps array order, drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(hashJson({ a: 1, b: 2 })).toBe(hashJson({ b: 2, a: 1 }));
    expect(hashJson([1, 2])).not.toBe(hashJson([2, 1]));
    expect(hashJson({ a: "x" })).toMatch(/^[0-9a-f]{64}$/);
  });
});
