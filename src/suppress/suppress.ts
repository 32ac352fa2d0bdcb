// Project suppressions (.mcp-shield.json): ignore findings by rule, server and entity, optionally pinned to the entity's hash.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { Finding } from "../model.js";

export const SUPPRESSION_FILE = ".mcp-shield.json";

export const Suppression = z
  .object({
    rule: z.string().min(1),
    server: z.string().optional(),
    /** Entity name (tool, prompt, resource) or `kind:name` to pin the kind too. */
    entity: z.string().optional(),
    /** sha256 of the entity as in `finding.entityHash`: the suppression lapses when the tool changes. */
    entityHash: z.string().regex(/^[0-9a-f]{64}$/, "must be a lowercase hex sha256").optional(),
    reason: z.string().min(1, "say why the finding is accepted"),
  })
  .strict();
export type Suppression = z.infer<typeof Suppression>;

export const SuppressionConfig = z.object({ $schema: z.string().optional(), ignore: z.array(Suppression).default([]) }).passthrough();
export type SuppressionConfig = z.infer<typeof SuppressionConfig>;

/** Reads and validates a suppression file; errors are one line naming the file. */
export function loadSuppressions(path: string): SuppressionConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new Error(`${path}: ${e.code === "ENOENT" ? "file not found" : `cannot read suppressions: ${e.message}`}`);
  }
  const parsed = SuppressionConfig.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: invalid suppression at ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "unknown problem"}`);
  }
  return parsed.data;
}

function matches(s: Suppression, f: Finding): boolean {
  if (s.rule !== "*" && s.rule !== f.ruleId) return false;
  if (s.server !== undefined && s.server !== f.server) return false;
  if (s.entity !== undefined) {
    const full = `${f.entity.kind}:${f.entity.name}`;
    if (s.entity !== f.entity.name && s.entity !== full) return false;
  }
  // A pinned suppression only covers the version of the entity it was written for.
  if (s.entityHash !== undefined && s.entityHash !== f.entityHash) return false;
  return true;
}

/** Describes a suppression for `suppressedBy`: where it lives and why. */
function label(s: Suppression, index: number): string {
  return `${SUPPRESSION_FILE}#ignore[${index}]: ${s.reason}`;
}

/** Marks matching findings as suppressed (they stay in the list, so JSON output still shows them). */
export function applySuppressions(findings: Finding[], config: SuppressionConfig): Finding[] {
  return findings.map((f) => {
    const index = config.ignore.findIndex((s) => matches(s, f));
    if (index < 0) return f;
    return { ...f, suppressed: true, suppressedBy: label(config.ignore[index]!, index) };
  });
}
