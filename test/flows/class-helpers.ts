// Shared shorthand for the tests of kinds of tools: build a tool from a name, a description and parameters, and
// get the roles the heuristics give it at the flow threshold.
import { heuristicLabels, FLOW_CONFIDENCE_THRESHOLD, type Role } from "../../src/flows/index.js";
import type { HeuristicContext } from "../../src/flows/heuristics.js";
import type { Tool } from "../../src/model.js";

export const str = { type: "string" };
export const num = { type: "number" };
export const bool = { type: "boolean" };
export const obj = { type: "object" };
export const arr = { type: "array" };
/** An array of strings. */
export const list = { type: "array", items: { type: "string" } };
/** A string parameter with its own description. */
export const said = (description: string) => ({ type: "string", description });

export const tool = (name: string, description: string, properties: Record<string, unknown> = {}): Tool => ({ name, description, inputSchema: { type: "object", properties } });

/** The distinct roles at or above the flow threshold, sorted. */
export const h = (t: Tool, context: HeuristicContext = {}): Role[] =>
  [...new Set(heuristicLabels(t, context).filter((l) => l.confidence >= FLOW_CONFIDENCE_THRESHOLD).map((l) => l.role))].sort();
