// Annotations put on a team's charts, dashboards or builds: whatever text the agent writes there, the organisation's
// other members read beside their data, like a comment posted on their work items.
import { READ_VERBS, type Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

const ADD_VERBS = ["create", "add", "post", "new", "make", "put"];
/** Where a team reads annotations: its analytics or monitoring project, a dashboard, a chart, a build. */
const SHARED_PLACE = /\b(?:projects?|dashboards?|charts?|graphs?|panels?|builds?|pipelines?|deployments?|metrics?|monitors?|timeline|insights?|organi[sz]ation|org|team|workspace)\b/;
/** An annotation on the user's own file, picture or data set (a PDF highlight, a bounding box) is shown to no one. */
const OWN_MATERIAL = ["pdf", "document", "documents", "image", "images", "photo", "photos", "file", "files", "page", "pages", "video", "dataset", "genome", "variant", "variants", "sequence", "text"];
const TEXT_PARAM = /^(?:content|text|body|message|description|note|title|summary)$/;

/** `create_annotation(project_id, content)`, `add_dashboard_annotation(dashboard, text)`. */
export function annotatesSharedView(e: Evidence): boolean {
  if (!has(e.nameSet, ["annotation", "annotations", "annotate"]) || !e.name.some((w) => ADD_VERBS.includes(w) || w === "annotate")) return false;
  if (e.name.some((w) => READ_VERBS.has(w)) || has(e.nameSet, OWN_MATERIAL)) return false;
  const where = `${e.nameThenFirst} ${e.params.join(" ").replace(/_/g, " ")}`;
  return SHARED_PLACE.test(where) && !has(new Set(e.params.flatMap((p) => p.split(/_/))), OWN_MATERIAL.filter((w) => w !== "text")) && e.params.some((p) => TEXT_PARAM.test(p));
}

export function annotationLabels(e: Evidence): Label[] {
  return annotatesSharedView(e) ? [{ role: "public-sink", confidence: 0.65, reason: "puts agent-written text on a team's chart, dashboard or build, where the organisation's other members read it" }] : [];
}
