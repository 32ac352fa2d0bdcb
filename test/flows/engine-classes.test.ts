// Tools named for a database engine the user runs, with look-alikes (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a tool named for a database engine reads the user's own instance", () => {
  test("keys, values, logs, health and slow queries of the instance are private", () => {
    expect(h(tool("valkey_keys_matching", "Walk the keyspace and return the keys that match a pattern.", { pattern: str }))).toEqual(["private-data"]);
    expect(h(tool("memcached_stats", "Counters of the cache: hits, misses, evictions.", {}))).toEqual(["private-data"]);
    expect(h(tool("mongod-recent-warnings", "Returns warnings the server logged at startup.", {}))).toEqual(["private-data"]);
    expect(h(tool("postgres_slow_queries", "The slowest statements seen lately, with their text.", { n: { type: "number" } }))).toEqual(["private-data"]);
  });
  test("the engine's own command line reads and writes its data but is no shell to the network", () => {
    expect(h(tool("valkey_command", "Run one Valkey command with its arguments.", { args: { type: "array" } }))).toEqual(["destructive", "private-data"]);
    expect(h(tool("etcd_command", "Runs an etcd command; only read-only commands are allowed.", { argv: { type: "array" } }))).toEqual(["private-data"]);
  });
  test("hard negatives: writes, connecting, the vendor's help, an engine that is not named, a real shell", () => {
    expect(h(tool("redis_set", "Store a value under a key.", { key: str, value: str }))).not.toContain("private-data");
    expect(h(tool("mysql_connect", "Open a connection to a server.", { host: str }))).not.toContain("private-data");
    expect(h(tool("mongodb_docs", "Look up a topic in the vendor's manual.", { topic: str }))).not.toContain("private-data");
    expect(h(tool("cache_stats", "Counters of the in-memory cache of this tool.", {}))).not.toContain("private-data");
    expect(h(tool("run_command", "Run a shell command on the host.", { command: str }))).toContain("public-sink");
  });
});
