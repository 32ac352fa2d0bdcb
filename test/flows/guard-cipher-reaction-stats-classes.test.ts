// Precision classes: a force flag that only overrides a duplicate guard, text encryption helpers, reactions and statuses
// on a code host, and an app's own performance figures (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

const flag = (description: string) => ({ type: "boolean", description });

describe("a force flag that overrides a duplicate guard clobbers nothing", () => {
  test("a draft upload that may repeat an earlier attempt is not destructive", () => {
    expect(h(tool("save_clip_draft", "Save a clip to the user's drafts; nothing is published.", { file_path: str, force: flag("Override the duplicate check. Use only after confirming the earlier identical attempt failed.") }))).not.toContain("destructive");
    expect(h(tool("create_upload", "Create an upload job for a file.", { file_path: str, force: flag("Override the dedup guard and upload a second copy.") }))).not.toContain("destructive");
  });
  test("must still trigger: a force flag that overwrites", () => {
    expect(h(tool("write_config", "Write the settings file.", { path: str, force: flag("Overwrite the file if it exists.") }))).toContain("destructive");
  });
});

describe("encrypting or decrypting text handed in returns ciphertext and changes nothing", () => {
  test("message and text encryption helpers have no destructive role", () => {
    expect(h(tool("encrypt_message", "Encrypt a message for the recipient's public key.", { sender_private_key: str, recipient_key: str, plaintext: str }))).not.toContain("destructive");
    expect(h(tool("encryptText", "Encrypt text with a passphrase (AES-GCM).", { text: str, passphrase: str }))).not.toContain("destructive");
  });
  test("must still trigger: a file locked under a password the model picks", () => {
    expect(h(tool("encrypt_pdf", "Protect a PDF file with a password.", { file_path: str, password: str }))).toContain("destructive");
    expect(h(tool("protect_workbook", "Protect a workbook with a password.", { filepath: str, password: str }))).toContain("destructive");
  });
});

describe("reactions, approvals and statuses on a code host are state, not outsiders' text", () => {
  test("listing reactions, approvals or commit statuses is not untrusted content", () => {
    expect(h(tool("list_pull_request_reactions", "List all emoji reactions on a GitHub pull request.", { repo: str, pull_number: str }))).not.toContain("untrusted-content");
    expect(h(tool("get_pr_approvals", "Get the approval state of a pull request, including approvers.", { repo: str, pr_number: str }))).not.toContain("untrusted-content");
    expect(h(tool("list_commit_checks", "List CI check statuses for a commit.", { repo: str, sha: str }))).not.toContain("untrusted-content");
  });
  test("removing one's reaction deletes nothing anyone wrote", () => {
    expect(h(tool("delete_comment_reaction", "Delete an emoji reaction from an issue comment.", { repo: str, comment_id: str, reaction_id: str }))).not.toContain("destructive");
  });
  test("must still trigger: comments and reviews are untrusted, deleting a comment is destructive", () => {
    expect(h(tool("list_pull_request_comments", "List review comments on a pull request.", { repo: str, pull_number: str }))).toContain("untrusted-content");
    expect(h(tool("delete_comment", "Delete an issue comment.", { repo: str, comment_id: str }))).toContain("destructive");
  });
});

describe("an app's own performance figures are no one's data", () => {
  test("frame rate and CPU statistics of the software are not private, even on a server that keeps records", () => {
    expect(h(tool("get_encoder_stats", "Get encoder performance statistics (CPU usage, FPS, dropped frames)."), { managesRecords: true })).toEqual([]);
    expect(h(tool("renderer_metrics", "Show render metrics: frame rate and memory usage of the editor."), { managesRecords: true })).toEqual([]);
  });
  test("must still trigger: an account's own statistics and a cluster's resource usage", () => {
    expect(h(tool("get_campaign_stats", "Get delivery statistics for a campaign.", { campaign_id: str }), { managesRecords: true })).toContain("private-data");
    expect(h(tool("get_pod_metrics", "Get CPU and memory usage of pods in a namespace.", { namespace: str }), { managesRecords: true })).toContain("private-data");
  });
});
