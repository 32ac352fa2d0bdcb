// The roles a tool can play in a toxic flow, and a label that says why a tool plays one.
import type { LabelBasis } from "../model.js";

export type { LabelBasis };
export const ROLES = ["untrusted-content", "private-data", "public-sink", "destructive"] as const;
export type Role = (typeof ROLES)[number];

export interface Label {
  role: Role;
  /** 0..1: how sure the labeller is; catalog entries are near 1, heuristics lower. */
  confidence: number;
  reason: string;
  /** What the label rests on; labelTool sets it on every label it returns (the heuristic modules leave it to labelTool). */
  basis?: LabelBasis;
}

/** Labels below this are shown by `inspect --labels` but do not take part in toxic flows. */
export const FLOW_CONFIDENCE_THRESHOLD = 0.6;
