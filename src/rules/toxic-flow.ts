// Finds tool combinations in one agent's inventory that let untrusted content leak private data or destroy things.
import type { Rule } from "../analyze/rule.js";
import type { Inventory, ScannedServer } from "../model.js";
import { labelServer, FLOW_CONFIDENCE_THRESHOLD, type LabelBasis, type LayeredCatalog, type Role } from "../flows/index.js";
import { displayLine } from "../report/sanitize.js";

export interface FlowCandidate {
  server: string;
  tool: string;
  role: Role;
  confidence: number;
  /** What the role rests on, so a user can tell a catalogued step from a guessed one. */
  basis: LabelBasis;
}

export interface FlowKind {
  id: "data-leak" | "destructive";
  roles: Role[];
}

export const FLOW_KINDS: FlowKind[] = [
  { id: "data-leak", roles: ["untrusted-content", "private-data", "public-sink"] },
  { id: "destructive", roles: ["untrusted-content", "destructive"] },
];

/** How many of the strongest tools per role are tried when choosing the chain to report. */
const TOP_PER_ROLE = 6;

/** Every role each tool of the inventory's working servers can play above the threshold; `layered` adds the user's catalog. */
export function flowCandidates(inventory: Inventory, threshold = FLOW_CONFIDENCE_THRESHOLD, layered?: LayeredCatalog): Map<Role, FlowCandidate[]> {
  const byRole = new Map<Role, FlowCandidate[]>();
  const seenServers = new Set<string>();
  for (const server of inventory.servers) {
    // The same server listed twice in one agent's configs is one set of tools.
    if (server.status !== "ok" || seenServers.has(server.entry.name)) continue;
    seenServers.add(server.entry.name);
    for (const [tool, labels] of Object.entries(labelServer(server, { layered }))) {
      for (const label of labels) {
        if (label.confidence < threshold) continue;
        const list = byRole.get(label.role) ?? [];
        list.push({ server: server.entry.name, tool, role: label.role, confidence: label.confidence, basis: label.basis ?? "heuristic" });
        byRole.set(label.role, list);
      }
    }
  }
  // Stable sort: among equals the server's own listing order wins, which puts read_file before directory_tree.
  for (const list of byRole.values()) list.sort((a, b) => b.confidence - a.confidence);
  return byRole;
}

/** The strongest chain for a flow kind: highest confidence, then tools on different servers, then different tools. */
export function strongestChain(kind: FlowKind, byRole: Map<Role, FlowCandidate[]>): FlowCandidate[] | undefined {
  const options = kind.roles.map((role) => (byRole.get(role) ?? []).slice(0, TOP_PER_ROLE));
  if (options.some((o) => o.length === 0)) return undefined;
  let best: FlowCandidate[] | undefined;
  let bestScore = -Infinity;
  const walk = (i: number, chain: FlowCandidate[]) => {
    if (i === options.length) {
      const score =
        chain.reduce((sum, c) => sum + c.confidence, 0) +
        0.05 * new Set(chain.map((c) => c.server)).size +
        0.02 * new Set(chain.map((c) => `${c.server}\u0000${c.tool}`)).size;
      if (score > bestScore) {
        bestScore = score;
        best = [...chain];
      }
      return;
    }
    for (const c of options[i]!) walk(i + 1, [...chain, c]);
  };
  walk(0, []);
  return best;
}

const show = (c: FlowCandidate) => `${displayLine(c.server, 60)}/${displayLine(c.tool, 80)}`;

function describe(kind: FlowKind, chain: FlowCandidate[]): string {
  const [source, second, third] = chain;
  if (!source || !second) return "";
  if (kind.id === "data-leak" && third) {
    return (
      `Data-leak flow: text an attacker controls, read with ${show(source)}, can instruct the agent to read private data with ` +
      `${show(second)} and send it out with ${show(third)}`
    );
  }
  return `Destructive flow: text an attacker controls, read with ${show(source)}, can instruct the agent to destroy data with ${show(second)}`;
}

/** How the evidence line words each basis. */
const BASIS_WORDS: Record<LabelBasis, string> = {
  catalog: "catalog",
  declared: "declared",
  heuristic: "guessed from tool text",
  annotation: "server annotation",
};

/** One sentence for the end of the message naming the servers whose steps were guessed, each once; "" when none was. */
function guessedNote(chain: FlowCandidate[]): string {
  const guessed = [...new Set(chain.filter((c) => c.basis === "heuristic").map((c) => c.server))];
  if (!guessed.length) return "";
  const names = guessed.map((n) => displayLine(n, 60));
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `. Roles of ${listed} were guessed from tool text: \`mcp-shield-scan inspect --labels\` shows why; --rules DIR can declare them.`;
}

function serverNames(servers: ScannedServer[]): string[] {
  return [...new Set(servers.map((s) => s.entry.name))];
}

const toxicFlowMeta: Rule["meta"] = {
  id: "toxic-flow",
  severity: "high",
  summary: "One agent can chain tools that read untrusted content with tools that leak private data or destroy it",
  help:
    "An agent that reads text someone else wrote (a web page, an issue, an e-mail) follows instructions hidden in it. If the same " +
    "agent can also read private data and send data out (the lethal trifecta), or call a destructive tool, a prompt injection " +
    "becomes a data leak or data loss without any server being malicious. Split these tools across agents or client configs, " +
    "disable the tools you do not need, or require confirmation for sink and destructive tools. See docs/rules/toxic-flow.md.",
};

/** The rule over the built-in catalog, or with `layered`, over the user's known-servers entries first (`--rules DIR`). */
export function createToxicFlowRule(layered?: LayeredCatalog): Rule {
  return {
    meta: toxicFlowMeta,
    check({ inventory, report }) {
      const byRole = flowCandidates(inventory, FLOW_CONFIDENCE_THRESHOLD, layered);
      for (const kind of FLOW_KINDS) {
        const chain = strongestChain(kind, byRole);
        if (!chain) continue;
        const source = chain[0]!;
        const servers = serverNames(inventory.servers.filter((s) => chain.some((c) => c.server === s.entry.name)));
        report({
          server: source.server,
          entity: { kind: "tool", name: source.tool },
          message: describe(kind, chain) + guessedNote(chain),
          evidence: displayLine(
            `${kind.id}: ${chain.map((c) => `${c.role} ${c.server}/${c.tool} (${c.confidence.toFixed(2)}, ${BASIS_WORDS[c.basis]})`).join(", ")}; servers: ${servers.join(", ")}`,
            400,
          ),
          flow: chain.map((c) => ({ server: c.server, tool: c.tool, role: c.role, basis: c.basis })),
        });
      }
    },
  };
}

export const toxicFlowRule: Rule = createToxicFlowRule();
