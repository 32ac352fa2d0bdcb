// The published JSON Schema of the `--json` report, generated from the zod model so the two cannot drift.
import { z } from "zod";
import { Report } from "../model.js";

export function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://github.com/mcp-shield-scan/mcp-shield-scan/schema/report.schema.json",
    title: "mcp-shield-scan report",
    ...z.toJSONSchema(Report, { io: "output", unrepresentable: "any" }),
  };
}
