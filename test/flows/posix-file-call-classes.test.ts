// Round twenty-five: file-system calls named the POSIX way, which read a path's metadata or target from the user's
// files (texts written for these tests, not taken from the label sets).
import { h, str, tool } from "./class-helpers.js";

describe("stat, lstat, realpath or readlink on a path", () => {
  test("each reads the user's own files, locally or on a remote server", () => {
    expect(h(tool("stat", "Size, owner, mode and times of a path.", { path: str }))).toEqual(["private-data"]);
    expect(h(tool("ftp_lstat", "Same as stat but does not follow a final symbolic link.", { host: str, remote_path: str }))).toContain("private-data");
    expect(h(tool("realpath", "Canonicalise a path, resolving dots and links.", { path: str }))).toContain("private-data");
  });
  test("hard negatives: a statistics tool, a path-less call, a longer name that merely ends in the word", () => {
    expect(h(tool("stat", "Compute summary statistics of the numbers given.", { values: { type: "array" } }))).not.toContain("private-data");
    expect(h(tool("realpath", "Explain what realpath does.", {}))).not.toContain("private-data");
    expect(h(tool("explain_posix_call_stat", "Explain a POSIX call.", { path: str }))).not.toContain("private-data");
  });
});
