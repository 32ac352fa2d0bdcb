// The user's known-servers files (`--rules DIR`) layered over the built-in catalog, and the draft built from a scan.
import { afterAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { labelServer, labelTool, loadLayeredCatalog, FLOW_CONFIDENCE_THRESHOLD, type Role } from "../../src/flows/index.js";
import { catalogDraft } from "../../src/flows/draft.js";
import { ScannedServer, type Tool } from "../../src/model.js";
import { entry } from "./servers.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function rulesDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "user-catalog-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}
const tool = (name: string, description = "Does it."): Tool => ({ name, description, inputSchema: { type: "object" } });
function server(name: string, tools: Tool[], launch: { command?: string; args?: string[] } = {}, infoName?: string): ScannedServer {
  return ScannedServer.parse({ entry: { ...entry(name, "/nonexistent.js"), ...launch }, status: "ok", tools, serverInfo: infoName ? { name: infoName, version: "1" } : undefined });
}
const roles = (labels: { role: Role; confidence: number }[]) => labels.filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role).sort();

describe("loadLayeredCatalog", () => {
  test("user entries come before a built-in entry that recognises the same server, even by weaker evidence", () => {
    // The built-in github entry recognises the package; the user's entry only the config name, and still wins.
    const dir = rulesDir({ "known-servers.json": { version: 1, servers: [{ id: "our-github-fork", configNames: ["gh-fork"], tools: { create_issue: ["destructive"] } }] } });
    const s = server("gh-fork", [tool("create_issue")], { command: "npx", args: ["-y", "@modelcontextprotocol/server-github"] });
    expect(labelTool(s, s.tools[0]!).map((l) => l.reason)).not.toContainEqual(expect.stringMatching(/our-github-fork/));
    const labels = labelTool(s, s.tools[0]!, { layered: loadLayeredCatalog([dir]) });
    expect(labels).toEqual([{ role: "destructive", confidence: 0.85, reason: `known server our-github-fork (from ${join(dir, "known-servers.json")}), recognised by config name "gh-fork"`, basis: "declared" }]);
  });

  test("a later file's entry with the same id replaces the earlier one; other files' names are ignored", () => {
    const dir = rulesDir({
      "known-servers.a.json": { version: 1, servers: [{ id: "acme", serverInfoNames: ["acme"], tools: { t: ["private-data"] } }] },
      "known-servers.b.yaml": "version: 1\nservers:\n  - id: acme\n    serverInfoNames: [acme]\n    tools:\n      t: [public-sink]\n",
      "servers.json": "not a catalog, not read",
    });
    const catalog = loadLayeredCatalog([dir]);
    expect(catalog.user.map((k) => k.id)).toEqual(["acme"]);
    const s = server("x", [tool("t")], {}, "acme");
    expect(roles(labelServer(s, { layered: catalog })["t"]!)).toEqual(["public-sink"]);
    expect(labelServer(s, { layered: catalog })["t"]![0]!.reason).toContain(join(dir, "known-servers.b.yaml"));
    // Read once per set of directories: the rule and the report share the object and its cached labels.
    expect(loadLayeredCatalog([dir])).toBe(catalog);
    expect(catalog.builtin.length).toBe(loadLayeredCatalog([]).builtin.length);
  });
});

describe("catalogDraft", () => {
  test("ids avoid built-in ids, packages are the launched package names, config names are compared as simplified", () => {
    const catalog = loadLayeredCatalog([]);
    // "hubspot" is a built-in id (an entry without config names); this server is not that one.
    const fork = server("hubspot", [tool("send_report", "Sends the report by email to the given address.")], { command: "npx", args: ["-y", "@acme/files-mcp@2.1.0", "--root", "/srv"] }, "acme-files");
    const named = server("acme-notes-mcp", [tool("ping", "Health check.")], { command: "/usr/bin/node", args: ["/opt/notes/server.js"] });
    const draft = catalogDraft([fork, named], catalog);
    // Kept as "hubspot" it would replace the built-in entry for every real HubSpot server.
    expect(draft.servers.map((k) => k.id)).toEqual(["hubspot-2", "acme-notes-mcp"]);
    expect(draft.servers[0]).toMatchObject({ packages: ["@acme/files-mcp"], serverInfoNames: ["acme-files"], configNames: ["hubspot"] });
    const notes = draft.servers.find((k) => k.id === "acme-notes-mcp")!;
    expect(notes).toMatchObject({ packages: [], configNames: ["acme-notes"], serverInfoNames: [], tools: { ping: [] } });
  });

  test("a server launched from a package gets that package, and the draft recognises it again", () => {
    const s = server("crm", [tool("send_email", "Sends an email to the given recipients.")], { command: "npx", args: ["-y", "@acme/crm-mcp@1.4.2"] });
    const draft = catalogDraft([s], loadLayeredCatalog([]));
    expect(draft.servers).toEqual([expect.objectContaining({ id: "crm", packages: ["@acme/crm-mcp"], configNames: ["crm"] })]);
    const dir = rulesDir({ "known-servers.draft.json": draft });
    const again = labelServer(s, { layered: loadLayeredCatalog([dir]) });
    expect(roles(labelServer(s)["send_email"]!)).toEqual(["public-sink"]);
    expect(roles(again["send_email"]!)).toEqual(["public-sink"]);
    expect(again["send_email"]![0]!.reason).toMatch(/recognised by package @acme\/crm-mcp$/);
  });
});
