// File-system calls named the POSIX way (`stat`, `lstat`, `realpath`, `readlink`): no read verb and no "file" in the
// name, yet each reads a path's metadata or target from the user's own disk or remote server, like get_file_info.
import type { Evidence } from "./heuristics.js";
import type { Label } from "./types.js";

const POSIX_CALLS = new Set(["stat", "lstat", "fstat", "statfs", "realpath", "readlink"]);

export function posixFileLabels(e: Evidence): Label[] {
  // `sftp_stat(path)`, `lstat(path)`: the call's name is the tool's last word, and a path says what it looks at.
  const call = e.name[e.name.length - 1] ?? "";
  if (!POSIX_CALLS.has(call) || e.name.length > 2 || e.urlParam || !e.params.some((p) => /^(?:path|file_?path|remote_?path|file|filename)$/.test(p))) return [];
  return [{ role: "private-data", confidence: 0.65, reason: "a POSIX file-system call (stat, realpath, readlink) that reads a path's metadata or target from the user's files" }];
}
