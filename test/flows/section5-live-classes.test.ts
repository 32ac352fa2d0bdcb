// Tenth session, rulebook section 5 (live): alerts and notifications raised for people, settings served live to clients,
// and reads that can hand back a link anyone may open (texts written for these tests, not taken from any label set).
// Each describe is one class, cited by its decision; each test holds positives that must get the role and near misses
// that must not.
import { h, str, tool, num, bool, obj, list, said } from "./class-helpers.js";

describe("5.24 and 2.18: alerts, incidents, notifications and alerting events raised for people", () => {
  test("on-call responders, a team or an app's users are paged or shown the text the model wrote", () => {
    for (const t of [
      tool("trigger_alert", "Trigger an alert for a monitored service", { service: str, summary: str, severity: str }),
      tool("declare_incident", "Declare a new incident and open its war room", { name: str, severity: str, summary: str }),
      tool("raise_alarm", "Raise an alarm that the operators on duty see on their console", { level: str, text: str }),
      tool("create_notification", "Create an in-app notification for the listed members", { member_ids: list, title: str, message: str }),
      tool("push_notification", "Push a notification to every device in an audience", { audience: str, headings: obj, contents: obj }),
      tool("send_event", "Send a custom event to the observability platform; alerting profiles can notify on it", { kind: str, title: str, properties: obj }),
      tool("page_oncall", "Page whoever is on call for an escalation policy", { policy: str, message: str }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: the alerting set-up (rules, channels, types), an answer to an alert, a test to oneself, a notification
    // to oneself, an analytics event, a calendar event, an alert raised with nothing but an id.
    for (const t of [
      tool("create_alert_rule", "Create an alert rule that fires when a query crosses a threshold", { name: str, query: str, threshold: num }),
      tool("create_notification_channel", "Add a notification channel to the workspace", { kind: str, name: str }),
      tool("create_incident_type", "Create a new incident type", { name: str, description: str }),
      tool("acknowledge_incident", "Acknowledge an incident so escalation stops", { incident_id: str, message: str }),
      tool("create_notification_for_me", "Create a notification to yourself as a reminder", { title: str, message: str }),
      tool("track_event", "Record a product analytics event for a visitor", { event: str, visitor_id: str, properties: obj }),
      tool("create_event", "Create a calendar event with a reminder notification", { calendar: str, summary: str, start: str }),
      tool("create_alert", "Create an alert from a stored monitor", { monitor_id: str }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.1: feature flags, remote configuration and experiments served live to clients", () => {
  test("values written into what apps fetch reach every client, and a change replaces what they got", () => {
    for (const t of [
      tool("set_dynamic_config", "Set the value of a dynamic config that mobile clients read", { config_name: str, value: obj }),
      tool("update_feature_flag", "Change a feature flag's variations", { flag_key: str, variations: { type: "array", items: obj } }),
      tool("change_flag_rollout", "Change the percentage rollout of a feature flag in one environment", { flag_key: str, environment: str, percentage: num }),
      tool("update_split_test", "Update the variants of an A/B test running on the storefront", { test_key: str, variants: { type: "array", items: obj } }),
      tool("replace_remote_config", "Replace the remote config parameters of an app", { app_id: str, parameters: obj }),
    ]) expect(h(t)).toEqual(expect.arrayContaining(["public-sink", "destructive"]));
    // A new remote config entry with a default value is served at once, though it replaces nothing.
    const created = h(tool("add_remote_config_parameter", "Add a remote config parameter with its default value", { key: str, default_value: str }));
    expect(created).toContain("public-sink");
    expect(created).not.toContain("destructive");
    // Choosing which user keys get an existing variation serves no value the model wrote, but replaces what they got.
    expect(h(tool("set_flag_targets", "Set which user keys a feature flag's variation serves", { flag_key: str, user_keys: list, variation: { type: "integer", description: "Index of the variation" } }))).toEqual(["destructive"]);
    // Near misses: an on/off switch, an empty flag, an archived flag, a machine-learning experiment, a mail flag, a
    // restart of a workload's rollout, targeting a variation by its index, a draft that waits for a separate publish.
    for (const t of [
      tool("toggle_feature_flag", "Turn a feature flag on or off", { key: str, enabled: bool }),
      tool("create_feature_flag", "Create a feature flag with the default on and off variations", { key: str, name: str }),
      tool("archive_feature_flag", "Archive a feature flag nobody uses any more", { key: str }),
      tool("update_experiment_variants", "Update the variants logged for a training experiment and its metrics", { experiment_id: str, variants: list }),
      tool("set_message_flags", "Set flags such as seen or answered on a mail message", { uid: str, flags: list }),
      tool("rollout_restart", "Restart the rollout of a workload's pods", { workload: str }),
      tool("set_flag_targets", "Set which user keys a feature flag's variation serves", { flag_key: str, user_keys: list, variation: { type: "integer", description: "Index of the variation" } }),
      tool("save_remote_config_draft", "Save remote config values as a draft until you publish", { values: obj }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});

describe("5.14 and section 1's optional modes: reads that can return a link anyone may open", () => {
  test("a mode or an option hands back a presigned, public or shareable link instead of the content", () => {
    for (const t of [
      tool("get_stored_file", "Get a stored file by its path.\n\nArgs:\n  path: the file's path\n  return_type: one of 'meta' (default), 'text', or 'link': a pre-signed download URL", { path: str, return_type: str }),
      tool("get_object", "Read an object from a bucket", { bucket: str, key: str, presign: { type: "boolean", description: "Return a presigned URL instead of the bytes" } }),
      tool("read_document", "Read a document from the team space", { id: str, format: { type: "string", enum: ["text", "markdown", "public_link"] } }),
      tool("get_recording", "Get a meeting recording", { recording_id: str, as_link: { type: "boolean", description: "Return a shareable link instead of the audio" } }),
    ]) expect(h(t)).toContain("public-sink");
    // Near misses: a URL the read takes as input, a link that still needs the session, an upload link, internal links,
    // export formats, a presigned link that is a field of a received message rather than an option.
    for (const t of [
      tool("describe_picture", "Describe a picture", { picture_url: said("The public URL of the picture") }),
      tool("get_stored_item", "Get a stored item", { path: str, include_download_url: { type: "boolean", description: "Include a download URL that works with your session" } }),
      tool("get_transfer_link", "Get a presigned link for uploading a file", { key: str, mode: str }),
      tool("list_folder", "List the files of a folder", { folder: str, include_links: { type: "boolean", description: "Include internal links to each file" } }),
      tool("export_sheet", "Export a sheet", { sheet_id: str, format: { type: "string", enum: ["pdf", "csv"] } }),
      tool("wait_for_message", "Wait for the next message. Each attachment carries url, a presigned GET URL when object storage is on.", { timeout: num }),
    ]) expect(h(t)).not.toContain("public-sink");
  });
});
