// Commands run inside containers or on hosts, patches to cluster resources, row filters on tables and inserts that
// update on conflict, with look-alikes (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("a command run inside a container or on a host the user operates", () => {
  test("is a shell there: it reads, destroys and reaches the network", () => {
    const shell = ["destructive", "private-data", "public-sink"];
    expect(h(tool("container_exec", "Run a command in a running container and return what it printed.", { container_id: str, command: { type: "array" } }))).toEqual(shell);
    expect(h(tool("ssh_execute", "Execute a command on a remote host over SSH.", { host: str, cmd: str }))).toEqual(shell);
    expect(h(tool("vm_run", "Runs a command on one of the project's virtual machines (vm).", { vm: str, command: str }))).toEqual(shell);
  });
  test("hard negatives: a sandbox, a game console, a database engine, reading a pod's logs, creating a container", () => {
    expect(h(tool("sandbox_exec", "Execute a command in an isolated sandbox container that is thrown away afterwards.", { command: str }))).not.toContain("public-sink");
    expect(h(tool("run_on_server", "Run a console command in the game server.", { command: str }))).not.toContain("public-sink");
    expect(h(tool("valkey_execute", "Execute a Valkey command on the host.", { command: str }))).not.toContain("public-sink");
    expect(h(tool("get_pod_logs", "Return the logs of a pod's container.", { pod: str, container: str }))).not.toContain("public-sink");
    expect(h(tool("create_container", "Create a container from an image.", { image: str, name: str }))).toEqual([]);
  });
});

describe("a patch or a manifest handed to an update replaces what the resource said", () => {
  test("patching a resource, altering a stored job", () => {
    expect(h(tool("patch_object", "Apply a merge patch to a cluster object; only fields in the patch change.", { kind: str, name: str, patch: str }))).toContain("destructive");
    expect(h(tool("update_workload", "Update a workload from a manifest.", { name: str, manifest: str }))).toContain("destructive");
    expect(h(tool("alter_scheduled_task", "Change an existing scheduled task's timing or statement.", { task_id: str, schedule: str, statement: str }))).toContain("destructive");
  });
  test("hard negatives: reading a patch, renaming, listing jobs", () => {
    expect(h(tool("get_patch", "Show the patch of a change.", { change_id: str }))).not.toContain("destructive");
    expect(h(tool("update_object_name", "Rename a cluster object.", { name: str, new_name: str }))).not.toContain("destructive");
    expect(h(tool("list_jobs", "List scheduled jobs.", {}))).not.toContain("destructive");
  });
});

describe("a row filter or two columns of a named table read what the rows hold", () => {
  test("checks, counts and statistics over a table", () => {
    expect(h(tool("rows_match", "Tell whether any row matches.", { table: str, where: str }))).toEqual(["private-data"]);
    expect(h(tool("tally", "Count matching entries.", { table_name: str, filter: str }))).toEqual(["private-data"]);
    expect(h(tool("fit_trend", "Fit a straight line between two fields.", { table: str, xColumn: str, yColumn: str }))).toEqual(["private-data"]);
  });
  test("hard negatives: deleting or updating by filter, a filter with no table", () => {
    expect(h(tool("delete_rows", "Delete rows that match.", { table: str, where: str }))).not.toContain("private-data");
    expect(h(tool("update_rows", "Set columns on the rows that match.", { table: str, where: str, set: { type: "object" } }))).not.toContain("private-data");
    expect(h(tool("filter_list", "Filter a list of numbers.", { filter: str, items: { type: "array" } }))).not.toContain("private-data");
  });
});

describe("an insert told to update the rows it collides with overwrites them", () => {
  test("update-existing flags and conflict rules that update", () => {
    expect(h(tool("insert_embedding", "Store an embedding in a table.", { table: str, vector: { type: "array" }, update_existing: { type: "boolean" } }))).toContain("destructive");
    expect(h(tool("add_rows", "Add rows to a table.", { table: str, rows: { type: "array" }, on_conflict: { type: "string", description: "What to do on a key clash: nothing or update" } }))).toContain("destructive");
  });
  test("hard negatives: a plain insert, a conflict rule that only skips", () => {
    expect(h(tool("insert_row", "Insert one row into a table.", { table: str, values: { type: "object" } }))).not.toContain("destructive");
    expect(h(tool("add_rows", "Add rows to a table.", { table: str, rows: { type: "array" }, on_conflict: { type: "string", description: "Skip rows whose key exists" } }))).not.toContain("destructive");
  });
});
