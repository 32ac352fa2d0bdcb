// Metadata of the findings the lockfile comparison emits (src/lock), so reports and SARIF can describe them.
import type { RuleMeta } from "../analyze/rule.js";

export const lockfileRuleMeta: RuleMeta[] = [
  {
    id: "rug-pull",
    severity: "high",
    summary: "A pinned tool, prompt, resource or instruction changed since it was approved",
    help:
      "A server can ship harmless metadata, wait to be approved, then change a description or schema to attack the agent. " +
      "Read the diff in the finding. If the change is expected, accept it with `mcp-shield-scan pin --server NAME`; " +
      "until then the finding is repeated on every scan.",
  },
  {
    id: "new-entity",
    severity: "info",
    summary: "A pinned server offers a tool, prompt or resource that was not there when it was pinned",
    help: "New metadata reaches the model without review. Review it, then run `mcp-shield-scan pin --server NAME`. With --frozen-lockfile (CI) this is medium.",
  },
  {
    id: "removed-entity",
    severity: "info",
    summary: "A pinned tool, prompt or resource is no longer offered",
    help: "Usually a harmless upgrade. Run `mcp-shield-scan pin --server NAME` to accept the new set.",
  },
  {
    id: "renamed-entity",
    severity: "low",
    summary: "A pinned entity reappears under another name with an identical body",
    help: "A rename can be used to shadow another server's tool. Check the new name, then pin.",
  },
  {
    id: "server-version-changed",
    severity: "info",
    summary: "The server or its package reports another version than when it was pinned",
    help: "Expected after an upgrade; check the server's changelog, then pin.",
  },
];
