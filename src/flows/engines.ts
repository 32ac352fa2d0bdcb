// Tools named for a database engine the user runs (`redis_get`, `mongodb-logs`): its keys, values, logs and health are the user's.
import type { Evidence } from "./heuristics.js";

/** Database and cache engines people run for themselves; a tool named for one works on the user's own instance. */
export const DATABASE_ENGINE = /\b(?:redis|valkey|keydb|memcached?|mongodb|mongod|mongo|postgres|postgresql|mysql|mariadb|sqlite|clickhouse|cassandra|scylladb|couchdb|couchbase|etcd|influxdb|elasticsearch|opensearch|neo4j|dynamodb|cockroachdb)\b/;

/** Verbs that change or leave the instance, or only reach its vendor's help: none returns the stored data. */
const NOT_A_READ = new Set(["set", "put", "write", "create", "add", "insert", "update", "delete", "remove", "drop", "flush", "del", "expire", "rename", "connect", "disconnect", "switch", "use", "docs", "documentation", "help", "syntax", "guide"]);

/** `redis_command(command)`: one of the engine's own commands, which reads keys or, if it is a write, changes them. */
export function runsEngineCommand(e: Evidence): boolean {
  return e.nameSet.has("command") && DATABASE_ENGINE.test(e.nameThenFirst) && /^(?:run|runs|execute|executes|send|sends)\b/.test(e.firstText);
}

/** `redis_scan`, `redis_slowlog`, `mongodb-logs`: named for the engine and changing nothing, so it returns the instance's data. */
export function readsEngineInstance(e: Evidence): boolean {
  return DATABASE_ENGINE.test(e.name.join(" ")) && !e.name.some((w) => NOT_A_READ.has(w)) && !e.nameSet.has("command");
}
