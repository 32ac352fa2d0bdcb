// Groups scanned servers into inventories: the servers one agent sees together.
import type { Inventory, ScannedServer } from "../model.js";

export function groupInventories(servers: ScannedServer[]): Inventory[] {
  const byId = new Map<string, Inventory>();
  for (const server of servers) {
    const { inventoryId, client, configPath } = server.entry;
    let inv = byId.get(inventoryId);
    if (!inv) {
      inv = { id: inventoryId, client, configPath, servers: [] };
      byId.set(inventoryId, inv);
    }
    inv.servers.push(server);
  }
  return [...byId.values()];
}
