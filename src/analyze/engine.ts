// Runs every rule over every inventory and returns findings with their locations filled in.
import type { Finding, FindingInput, Inventory } from "../model.js";
import type { Rule } from "./rule.js";

export interface EngineError {
  ruleId: string;
  inventoryId: string;
  message: string;
}

export async function runRules(
  inventories: Inventory[],
  rules: Rule[],
): Promise<{ findings: Finding[]; errors: EngineError[] }> {
  const findings: Finding[] = [];
  const errors: EngineError[] = [];
  const seen = new Set<string>();
  for (const inventory of inventories) {
    for (const rule of rules) {
      const report = (input: FindingInput) => {
        const finding = complete(rule, inventory, input);
        // The same server can be listed in several configs of one inventory; report it once.
        const key = [finding.ruleId, finding.inventoryId, finding.server, finding.entity.kind, finding.entity.name, finding.field ?? "", finding.message].join("\u0000");
        if (seen.has(key)) return;
        seen.add(key);
        findings.push(finding);
      };
      try {
        await rule.check({ inventory, report });
      } catch (err) {
        // A rule bug must not hide the other rules' findings.
        errors.push({ ruleId: rule.meta.id, inventoryId: inventory.id, message: err instanceof Error ? err.message : String(err) });
      }
    }
  }
  return { findings, errors };
}

function complete(rule: Rule, inventory: Inventory, input: FindingInput): Finding {
  const serverName = input.server ?? "";
  const server = inventory.servers.find((s) => s.entry.name === serverName);
  return {
    ...input,
    ruleId: rule.meta.id,
    severity: input.severity ?? rule.meta.severity,
    server: serverName,
    client: input.client ?? server?.entry.client ?? inventory.client,
    configPath: input.configPath ?? server?.entry.configPath ?? inventory.configPath,
    line: input.line ?? server?.entry.line,
    inventoryId: input.inventoryId ?? inventory.id,
    suppressed: false,
  };
}
