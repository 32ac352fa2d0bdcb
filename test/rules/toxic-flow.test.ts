// toxic-flow over inventories of real servers (reference filesystem/memory, flow-* fixtures): flows that complete and that do not.
import { runRules } from "../../src/analyze/engine.js";
import { toxicFlowRule, strongestChain, FLOW_KINDS, type FlowCandidate } from "../../src/rules/toxic-flow.js";
import { ScannedServer, type Finding, type Inventory } from "../../src/model.js";
import { entry, inventoryOf, startRealServers, type RealServers } from "../flows/servers.js";

async function findings(inventory: Inventory): Promise<Finding[]> {
  const { findings, errors } = await runRules([inventory], [toxicFlowRule]);
  expect(errors).toEqual([]);
  return findings;
}
const kindOf = (f: Finding) => (f.flow?.some((s) => s.role === "destructive") ? "destructive" : "data-leak");

describe("toxic-flow with real servers", () => {
  let real: RealServers;
  beforeAll(async () => {
    real = await startRealServers();
  }, 30_000);
  afterAll(() => real?.cleanup());

  test("web reader + filesystem + mail completes the data-leak flow and, with write_file, the destructive flow", async () => {
    const result = await findings(inventoryOf(real.web, real.filesystem, real.mail));
    expect(result.map(kindOf).sort()).toEqual(["data-leak", "destructive"]);
    const leak = result.find((f) => kindOf(f) === "data-leak")!;
    expect(leak).toMatchObject({ ruleId: "toxic-flow", severity: "high", server: "web", entity: { kind: "tool" } });
    expect(leak.flow!.map((s) => [s.server, s.role])).toEqual([
      ["web", "untrusted-content"],
      ["filesystem", "private-data"],
      ["mail", "public-sink"],
    ]);
    // The sink is the dedicated mail tool, which is stronger than the URL the web reader could carry data in.
    expect(leak.flow![2]!.tool).toBe("send_email");
    expect(leak.entity.name).toBe(leak.flow![0]!.tool);
    expect(leak.message).toMatch(/^Data-leak flow: .*web\/.*filesystem\/.*mail\/send_email/);
    const destroy = result.find((f) => kindOf(f) === "destructive")!;
    expect(destroy.flow!.map((s) => [s.server, s.role])).toEqual([
      ["web", "untrusted-content"],
      ["filesystem", "destructive"],
    ]);
  });

  test("without a source of untrusted content no flow completes (filesystem + memory + mail)", async () => {
    expect(await findings(inventoryOf(real.filesystem, real.memory, real.mail))).toEqual([]);
  });

  test("untrusted content and a sink without private data or destruction is no flow (web + mail)", async () => {
    expect(await findings(inventoryOf(real.web, real.mail))).toEqual([]);
  });

  test("web + memory: deleting memory entities is a destructive flow; the memory graph is private and the web URL a sink", async () => {
    const result = await findings(inventoryOf(real.web, real.memory));
    expect(result.map(kindOf).sort()).toEqual(["data-leak", "destructive"]);
    const destroy = result.find((f) => kindOf(f) === "destructive")!;
    expect(destroy.flow![1]).toMatchObject({ server: "memory", role: "destructive" });
  });

  test("web + db: drop_table is reachable from web content", async () => {
    const result = await findings(inventoryOf(real.web, real.db));
    const destroy = result.find((f) => kindOf(f) === "destructive")!;
    expect(destroy.flow![1]).toEqual({ server: "db", tool: "drop_table", role: "destructive", basis: "heuristic" });
  });

  test("a server that failed to connect contributes nothing", async () => {
    const failedWeb: ScannedServer = { ...real.web, status: "error", error: "spawn failed" };
    expect(await findings(inventoryOf(failedWeb, real.filesystem, real.mail))).toEqual([]);
  });

  test("one finding per flow kind, even with several sources, sinks and a server listed twice", async () => {
    const result = await findings(inventoryOf(real.web, real.filesystem, real.mail, real.memory, real.db, real.web));
    expect(result.map(kindOf).sort()).toEqual(["data-leak", "destructive"]);
  });

  test("each inventory is judged alone: the same servers split across two configs make no flow", async () => {
    const other = (s: ScannedServer): ScannedServer => ({ ...s, entry: { ...s.entry, inventoryId: "/other/mcp.json", configPath: "/other/mcp.json" } });
    const a = inventoryOf(real.web, real.mail);
    const b: Inventory = { ...inventoryOf(other(real.filesystem)), id: "/other/mcp.json", configPath: "/other/mcp.json" };
    const { findings: result } = await runRules([a, b], [toxicFlowRule]);
    expect(result).toEqual([]);
  });
});

describe("toxic-flow with one server that plays every role", () => {
  const github = ScannedServer.parse({
    entry: { ...entry("github", "/unused.js"), command: "npx", args: ["-y", "@modelcontextprotocol/server-github"] },
    status: "ok",
    tools: [
      { name: "get_issue", description: "Get issue details" },
      { name: "get_file_contents", description: "Get file or directory contents from a repository" },
      { name: "create_pull_request", description: "Create a pull request" },
      { name: "search_users", description: "Search users on GitHub" },
    ],
  });

  test("github alone: public issues, private repository files and pull requests make a data-leak flow", async () => {
    const result = await findings(inventoryOf(github));
    expect(result).toHaveLength(1);
    expect(result[0]!.flow).toEqual([
      { server: "github", tool: "get_issue", role: "untrusted-content", basis: "catalog" },
      { server: "github", tool: "get_file_contents", role: "private-data", basis: "catalog" },
      { server: "github", tool: "create_pull_request", role: "public-sink", basis: "catalog" },
    ]);
    expect(result[0]).toMatchObject({ server: "github", entity: { kind: "tool", name: "get_issue" } });
  });

  test("server-sent names reach the message escaped, never as control characters", async () => {
    const hostile = ScannedServer.parse({
      entry: entry("evil\u001b[2J", "/unused.js"),
      status: "ok",
      tools: [
        { name: "fetch_url\u001b]0;pwned\u0007", description: "Fetches a URL.", inputSchema: { type: "object", properties: { url: { type: "string" } } } },
        { name: "delete_all", description: "Deletes every record." },
      ],
    });
    const result = await findings(inventoryOf(hostile));
    expect(result.length).toBeGreaterThan(0);
    for (const f of result) expect(`${f.message}${f.evidence}`).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

describe("strongestChain", () => {
  const c = (server: string, tool: string, role: FlowCandidate["role"], confidence: number): FlowCandidate => ({ server, tool, role, confidence, basis: "heuristic" });
  const leak = FLOW_KINDS.find((k) => k.id === "data-leak")!;

  test("prefers tools on different servers when confidence ties", () => {
    const byRole = new Map([
      ["untrusted-content", [c("a", "read_web", "untrusted-content", 0.8)]],
      ["private-data", [c("a", "read_file", "private-data", 0.8), c("b", "read_db", "private-data", 0.8)]],
      ["public-sink", [c("a", "post", "public-sink", 0.8), c("c", "send", "public-sink", 0.8)]],
    ] as const) as Map<FlowCandidate["role"], FlowCandidate[]>;
    expect(strongestChain(leak, byRole)!.map((x) => x.server)).toEqual(["a", "b", "c"]);
  });

  test("prefers higher confidence over spreading across servers", () => {
    const byRole = new Map([
      ["untrusted-content", [c("a", "read_web", "untrusted-content", 0.9)]],
      ["private-data", [c("a", "read_file", "private-data", 0.95), c("b", "read_db", "private-data", 0.65)]],
      ["public-sink", [c("c", "send", "public-sink", 0.8)]],
    ] as const) as Map<FlowCandidate["role"], FlowCandidate[]>;
    expect(strongestChain(leak, byRole)!.map((x) => x.tool)).toEqual(["read_web", "read_file", "send"]);
  });

  test("a missing role means no chain", () => {
    expect(strongestChain(leak, new Map([["untrusted-content", [c("a", "x", "untrusted-content", 1)]]]))).toBeUndefined();
  });
});
