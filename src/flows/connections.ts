// Tools that sign in to a host the agent names: SFTP, SSH, FTP, SMTP or database connection parameters taken per call.
// Like a url parameter, the host is the agent's choice, so the credentials and whatever the call carries can go anywhere.
import { propertyOf, propertyText, type Evidence } from "./heuristics.js";
import type { Label } from "./types.js";
import { hasAny as has } from "./word-sets.js";

/** `host`, `hostname`, `sftp_host`, `server_ip`: where the connection goes. */
const HOST_PARAM = /^(?:host|hostname|host_?name|remote_?host|server|server_?(?:host|ip|address)|(?:s?ftp|ssh|smtp|imap|db|database|mysql|postgres)_?host|ip|ip_?address)$/;
/** A secret that signs in to that host: a password, a passphrase or a private key (an API key names a vendor's account). */
const SECRET_PARAM = /^(?:password|passwd|pass|passphrase|private_?key|ssh_?key|(?:s?ftp|ssh|smtp|imap|db|database|mysql|postgres)_?pass(?:word)?)$/;
/** `create_db_user(host, password)`: a host pattern and a password for an account being set up, not a connection. */
const ACCOUNT_SETUP = ["user", "users", "account", "accounts", "grant", "grants", "role", "roles", "login", "logins"];

/** `list_files(host, username, password, path)`, `add_connection(host, user, password)`: credentials for a host of the agent's choosing. */
export function connectsToChosenHost(e: Evidence, schema: unknown): boolean {
  const hosts = e.params.filter((p) => HOST_PARAM.test(p));
  // A host picked from a fixed list (`enum`), or one the description pins to this machine, is not the agent's choice
  // ("e.g. localhost" is only an example).
  const chosen = hosts.some((p) => !/\b(?:only|must be|always|restricted to|limited to)\b[^.]{0,30}\b(?:localhost|127\.0\.0\.1)\b/.test(propertyText(schema, p)) && !hasEnum(schema, p));
  return chosen && e.params.some((p) => SECRET_PARAM.test(p)) && !has(e.nameSet, ACCOUNT_SETUP);
}

function hasEnum(schema: unknown, key: string): boolean {
  return Array.isArray(propertyOf(schema, key)?.enum);
}

export function connectionLabels(e: Evidence, schema: unknown): Label[] {
  if (!connectsToChosenHost(e, schema)) return [];
  return [{ role: "public-sink", confidence: 0.65, reason: "signs in to a host the agent names, handing it credentials and data like a request to any URL" }];
}
