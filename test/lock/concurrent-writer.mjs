// Test helper: pins one server into a lockfile many times, each round with one more tool.
// Usage: node concurrent-writer.mjs DIST_LOCK_INDEX LOCKFILE SERVER_NAME ROUNDS
const [distIndex, file, name, rounds] = process.argv.slice(2);
const { emptyLockfile, pinServers, updateLockfile } = await import(distIndex);

for (let round = 1; round <= Number(rounds); round++) {
  const tools = Array.from({ length: round }, (_, i) => ({ name: `t${i}`, description: `tool ${i} of ${name}`, inputSchema: { type: "object" } }));
  const server = {
    entry: { name, client: "test", configPath: "/c.json", inventoryId: "/c.json", scope: "project", transport: "stdio", transportGuessed: false, command: "node", args: [`${name}.js`], env: {}, headers: {}, disabled: false },
    status: "ok",
    serverInfo: { name, version: "1.0.0" },
    tools,
    prompts: [],
    resources: [],
    resourceTemplates: [],
    warnings: [],
    durationMs: 0,
  };
  await updateLockfile(file, (current) => pinServers(current ?? emptyLockfile(), [server]).lock);
}
