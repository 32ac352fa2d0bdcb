// Tools whose fields sit in a model declared under $defs (generated servers), with look-alikes (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";
import type { Tool } from "../../src/model.js";

/** A tool whose only parameters point at models under $defs. */
const wrapped = (name: string, description: string, properties: Record<string, unknown>, defs: Record<string, unknown>): Tool => {
  const t = tool(name, description, properties);
  (t.inputSchema as Record<string, unknown>).$defs = defs;
  return t;
};

describe("fields declared in a wrapped input model are the tool's parameters", () => {
  test("an update whose wrapped fields rewrite what a record says or does is destructive", () => {
    const defs = { PlanPatch: { type: "object", properties: { plan_id: str, description: str, steps: { type: "array" } } } };
    expect(h(wrapped("plan.update", "Update a plan by id.", { input: { $ref: "#/$defs/PlanPatch" } }, defs))).toEqual(["destructive"]);
    const nested = { Body: { type: "object", properties: { squad: { $ref: "#/$defs/Squad" } } }, Squad: { type: "object", properties: { title: str, description: str } } };
    expect(h(wrapped("update_squad", "Update a squad.", { squad_id: str, body: { anyOf: [{ $ref: "#/$defs/Body" }, { type: "null" }] } }, nested))).toEqual(["destructive"]);
  });
  test("hard negatives: a wrapped rename or reprioritisation, a wrapped read, an unresolved reference", () => {
    const cosmetic = { Tweak: { type: "object", properties: { plan_id: str, priority: str } } };
    expect(h(wrapped("plan.update_priority", "Update a plan's priority.", { input: { $ref: "#/$defs/Tweak" } }, cosmetic))).not.toContain("destructive");
    const filters = { Filters: { type: "object", properties: { plan_id: str, description: str } } };
    expect(h(wrapped("plan.get", "Get a plan by id.", { input: { $ref: "#/$defs/Filters" } }, filters))).not.toContain("destructive");
    expect(h(wrapped("plan.update", "Update a plan by id.", { input: { $ref: "#/$defs/Missing" }, plan_id: str }, {}))).not.toContain("destructive");
  });
});
