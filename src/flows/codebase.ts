// The user's own code: searches over the scripts and sources an instance or a workspace stores, and analyses of a
// project or a source tree on the user's disk. What comes back is code the organisation wrote and keeps private.
import { words, type Evidence } from "./heuristics.js";
import { WRITE_LEADS } from "./figures.js";
import type { Label } from "./types.js";

const SEARCH_WORDS = new Set(["search", "grep", "regex", "find", "ripgrep"]);
// ("Sources" alone are a reader's feeds or a search engine's sites.)
const CODE = /\b(?:code|scripts?|source code|source files?|server-side code)\b/;
/** Code anyone can read: a vendor's samples, public or open-source repositories, a code host searched as a whole. */
const PUBLIC_CODE = /\b(?:public|official|samples?|snippets?|examples?|documentation|docs|open[- ]source|github|gitlab|sourcegraph|across (?:all )?(?:repositories|repos))\b/;

/** "Keyword search across server-side code types", "regex over portal code": the instance's own scripts. */
export function searchesStoredCode(e: Evidence): boolean {
  const search = e.name.some((w) => SEARCH_WORDS.has(w)) || /^(?:(?:true |full[- ]text |keyword |fast )*(?:regex|search|grep)\b)/.test(e.firstText);
  const text = e.nameThenFirst;
  return search && !e.urlParam && CODE.test(text) && !PUBLIC_CODE.test(text);
}

/** A project file, a source root or a workspace the tool reads from the user's disk. */
const PROJECT_PARAM = /^(?:project_file(?:_absolute)?(?:_path)?|source_root|sources_root|workspace_(?:path|dir|root)|project_(?:path|dir|root))$/;
const PROJECT_TEXT = /\b(?:against|in|of|across) (?:the |your |a )?(?:(?:container-mounted|mounted|local|current) workspace|codebase)\b|\b(?:downloaded|local) sources\b|\bfrom a (?:\.net |local )?project file\b/;

/** "Types referenced by a project file", "a scan against the mounted workspace": the user's own code, read and summed up. */
export function analysesOwnProject(e: Evidence): boolean {
  const param = e.paramKeys.some((p) => PROJECT_PARAM.test(words(p).join("_")));
  return (param || PROJECT_TEXT.test(e.firstText)) && !e.urlParam;
}

export function codebaseLabels(e: Evidence): Label[] {
  if (WRITE_LEADS.has(e.name[0] ?? "") || WRITE_LEADS.has(e.first[0] ?? "")) return [];
  if (searchesStoredCode(e)) return [{ role: "private-data", confidence: 0.65, reason: "searches the code an instance or a workspace stores, which the organisation wrote" }];
  if (analysesOwnProject(e)) return [{ role: "private-data", confidence: 0.65, reason: "reads and analyses the user's own project or source tree" }];
  return [];
}
