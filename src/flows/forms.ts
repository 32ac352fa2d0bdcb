// Public forms and surveys: their questions, titles and translations are what respondents read, so editing them puts
// agent-chosen text in front of whoever opens the form, in place of what was there.
import { MODIFY_VERBS, propertyOf, type Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

const FORM_WORDS = ["form", "forms", "survey", "surveys", "questionnaire", "questionnaires"];
/** `form_id`, `surveyId`, `formToken`: the tool works on one of the account's forms. */
const FORM_PARAM = /^(?:form|survey|questionnaire)_?(?:id|token|uuid|key)$/;
/** Parts of a form that respondents read. */
const SHOWN_PARTS = ["translation", "translations", "question", "questions", "field", "fields", "item", "items", "definition", "title", "description", "welcome", "ending", "endings", "screen", "screens"];
/** What respondents do not see (its look, its hooks, its answers), or a web page's form being filled in, or a wizard's state. */
const NOT_SHOWN_TEXT = ["theme", "themes", "webhook", "webhooks", "image", "images", "response", "responses", "submission", "submissions", "answer", "answers", "entry", "entries",
  "permission", "permissions", "collaborator", "collaborators", "fill", "submit", "browser", "pdf", "document", "wizard", "state", "draft", "style", "color", "colour", "logo"];

/** `update_form(form_definition)`, `patch_form(operations)`, `update_translation(form_id, payload)`, `form_questions_editor`. */
export function editsFormText(e: Evidence, schema: unknown): boolean {
  const aboutForm = has(e.nameSet, FORM_WORDS) || (e.params.some((p) => FORM_PARAM.test(p)) && has(e.nameSet, SHOWN_PARTS));
  if (!aboutForm || has(e.nameSet, NOT_SHOWN_TEXT) || e.nameSet.has("get") || e.nameSet.has("list")) return false;
  // The verb is in the name, or (`form_questions_editor`) leads the description's list of actions.
  const leadingVerbs = /^(?:[a-z]+(?:, |\/| and | or |, and |, or ))*[a-z]+\b/.exec(e.firstText)?.[0] ?? "";
  const edits = e.name.some((w) => MODIFY_VERBS.has(w) || w === "set" || w === "change" || w === "editor") || leadingVerbs.split(/\W+/).some((w) => MODIFY_VERBS.has(w));
  // There must be new text to write, not only an id, a language code or a switch (`set_form_public(is_public)`).
  return edits && e.params.some((p) => !FORM_PARAM.test(p) && !/(?:_?id|_?ids|language|lang|locale)$/.test(p) && !["boolean", "number", "integer"].includes(typeOf(schema, p)));
}

function typeOf(schema: unknown, key: string): string {
  const type = propertyOf(schema, key)?.type;
  return typeof type === "string" ? type : "";
}

export function formLabels(e: Evidence, schema: unknown): Label[] {
  if (!editsFormText(e, schema)) return [];
  return [
    { role: "public-sink", confidence: 0.65, reason: "edits a form's questions, titles or translations, the text its respondents read" },
    { role: "destructive", confidence: 0.65, reason: "rewrites an existing form's questions or translations in place" },
  ];
}
