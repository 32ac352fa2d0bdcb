// The environment a stdio server gets: just enough to run, plus its own configured env.
const PASS_THROUGH = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LC_ALL",
  "LC_CTYPE",
  "TERM",
  "TMPDIR",
  "TMP",
  "TEMP",
  "NODE_EXTRA_CA_CERTS",
  // Windows cannot start most programs without these.
  "SYSTEMROOT",
  "SYSTEMDRIVE",
  "WINDIR",
  "COMSPEC",
  "PATHEXT",
  "APPDATA",
  "LOCALAPPDATA",
  "PROGRAMDATA",
  "PROGRAMFILES",
  "USERPROFILE",
  "HOMEDRIVE",
  "HOMEPATH",
];

/** The scanner's own secrets (tokens, cloud keys) never reach a server it merely inspects. */
export function minimalEnv(entryEnv: Record<string, string>, parentEnv: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  const byUpper = new Map(Object.keys(parentEnv).map((k) => [k.toUpperCase(), k]));
  for (const name of PASS_THROUGH) {
    // Windows variable names are case-insensitive (Path vs PATH).
    const key = process.platform === "win32" ? byUpper.get(name) : name;
    const value = key !== undefined ? parentEnv[key] : undefined;
    if (value !== undefined) out[key ?? name] = value;
  }
  return { ...out, ...entryEnv };
}
