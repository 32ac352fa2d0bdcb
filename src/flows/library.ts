// The signed-in user's own library on a platform: what the user saved, followed, liked or bookmarked. The items may be
// a public catalogue's (tracks, artists, job postings), but which of them the user picked is the user's own record;
// saved posts and bookmarked pages also carry the text their authors wrote.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

const USER = String.raw`(?:the |your |my )?(?:current |authenticated |signed[- ]in |logged[- ]in )?(?:[a-z]+ )?(?:user|account)(?:'s)?`;
/** "Saved in the current user's library", "saved by the authenticated LinkedIn user", "followed by the user", "your saved posts". */
const USERS_PICKS = new RegExp(String.raw`\b(?:saved|followed|liked|bookmarked|favou?rited|starred) (?:in|to|by) ${USER}\b|\b(?:user'?s|your|my) (?:own )?(?:saved|followed|liked|bookmarked|library)\b|\b(?:in|from) ${USER} library\b`);
/** `user_id`, `username`: with someone named, the follows or likes are any user's public ones. */
const SOMEONE_PARAM = /^(?:user_?id|user_?name|username|handle|screen_?name|profile_?id|account_?id)$/;
/** Text an author wrote, kept among the user's saved items. */
const AUTHORED = ["posts", "post", "tweets", "comments", "articles", "messages", "stories", "threads", "bookmarks", "pins"];
/** Verbs that change the library rather than read it (`remove_saved_albums`, `save_track`). */
const CHANGES = ["remove", "delete", "add", "save", "unsave", "follow", "unfollow", "like", "unlike", "create", "update", "clear", "set", "move", "reorder", "upload", "edit", "bulk"];

/**
 * `get_user_saved_tracks`, `check_saved_albums`, `get_saved_jobs`: reads (or a membership check) of the signed-in
 * user's own picks; `bookmark_search` ("Search bookmarks"): the user's bookmarks, each a page someone else wrote.
 */
export function libraryLabels(e: Evidence, facts: { readVerb: string | undefined }): Label[] {
  // `bookmark_search` is no bookmarking before a search, and "🔐 Auth required. Get your saved posts" reads after a
  // notice: the first sentence's read verb decides when the name has none the main rules take.
  const describedRead = /^(?:search|list|get|find|show|fetch|read|browse|return)s?\b|^[^a-z]*auth(?:entication)? required\W+(?:get|list|fetch|return)s?\b/.test(e.firstText);
  const reads = facts.readVerb !== undefined || describedRead || e.name[0] === "check" || e.first[0] === "check";
  if (!reads || has(e.nameSet, CHANGES) || e.params.some((p) => SOMEONE_PARAM.test(p))) return [];
  const text = e.nameThenFirst;
  const picks = USERS_PICKS.test(e.firstText) || (has(e.nameSet, ["saved", "followed", "liked"]) && /\b(?:user|my|your|library)\b/.test(text));
  const bookmarks = has(e.nameSet, ["bookmark", "bookmarks"]) && /\bbookmarks\b/.test(text);
  if (!picks && !bookmarks) return [];
  const out: Label[] = [{ role: "private-data", confidence: 0.65, reason: "reads what the signed-in user saved, followed, liked or bookmarked: the user's own library" }];
  if (bookmarks || has(e.nameAndFirst, AUTHORED)) out.push({ role: "untrusted-content", confidence: 0.65, reason: "reads posts or pages the user saved, whose text their authors wrote" });
  return out;
}
