// The one picture a record shows (a contact's photo, a bookmark's cover, a channel's logo) set or uploaded in place:
// there is a single slot, so the picture that was there is gone.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/** Nouns that name a record's single picture slot: uploading one replaces the last. */
const SLOT_NOUNS = ["cover", "avatar", "icon", "logo", "favicon", "thumbnail", "banner", "watermark"];
/** "Photo" and "picture" are also items added to an album, so only a set or write verb makes them a slot. */
const PHOTO_NOUNS = ["photo", "picture"];
const SET_VERBS = ["set", "write", "update", "change", "replace", "put"];
const ADD_VERBS = ["add", "create", "insert", "new", "post", "get", "list", "read", "download", "fetch", "search", "generate"];
/** The picture itself: inline bytes, a file or a link to one. */
const PICTURE_PARAM = /base64|image|photo|picture|file|data|bytes|content|url|path/;

/** `bookmark_cover_upload(id, file_base64)`, `write_photo(identifier, image_data)`, `set_channel_icon(channel_id, icon_url)`. */
export function replacesRecordPicture(e: Evidence): boolean {
  if (has(e.nameSet, ADD_VERBS)) return false;
  const slot = has(e.nameSet, SLOT_NOUNS) && (has(e.nameSet, SET_VERBS) || e.nameSet.has("upload"));
  const photo = has(e.nameSet, PHOTO_NOUNS) && has(e.nameSet, SET_VERBS);
  // It must point at an existing record and carry the new picture.
  const record = e.params.some((p) => /(?:^|_)(?:id|identifier)$|[a-z]id$/.test(p));
  return (slot || photo) && record && e.params.some((p) => PICTURE_PARAM.test(p) && !/(?:^|_)id$|identifier/.test(p));
}

/**
 * `update_page(page_id, title, icon, cover)`, `bulk_edit_items(ids, cover)`: an edit that takes a new cover picture
 * replaces the old one (an icon alone is an emoji or a glyph as often as a picture, so it is not enough).
 */
export function editsCover(e: Evidence): boolean {
  const edit = e.name.some((w) => ["update", "edit", "patch", "modify", "change", "set"].includes(w)) && !has(e.nameSet, ADD_VERBS);
  return edit && e.params.some((p) => /^cover(?:_?(?:image|url|photo|picture))?$/.test(p));
}

export function coverLabels(e: Evidence): Label[] {
  return replacesRecordPicture(e) || editsCover(e) ? [{ role: "destructive", confidence: 0.65, reason: "sets a record's single photo, cover or logo, replacing the picture it had" }] : [];
}
