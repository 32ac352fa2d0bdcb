// Billing documents sent to a customer, grants and changes of access, checking an inbox, exporting the account's
// records, and a channel's name used as a prefix, with look-alikes (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("an invoice, a quote or a receipt sent to the customer reaches someone outside", () => {
  test("sending, e-mailing or re-sending a billing document", () => {
    expect(h(tool("send_quote", "Send a quote to the client by e-mail.", { quote_id: str }))).toEqual(["public-sink"]);
    expect(h(tool("billing_invoice_email", "Emails the invoice to the customer on file.", { invoice_id: str }))).toEqual(["public-sink"]);
    expect(h(tool("resend_receipt", "Re-send a payment receipt.", { receipt_id: str }))).toEqual(["public-sink"]);
  });
  test("hard negatives: reading, previewing, voiding, mailing only the signed-in user", () => {
    expect(h(tool("get_invoice", "Fetch an invoice.", { invoice_id: str }))).not.toContain("public-sink");
    expect(h(tool("preview_invoice", "Render the invoice as it would look.", { invoice_id: str }))).not.toContain("public-sink");
    expect(h(tool("void_quote", "Void a quote.", { quote_id: str }))).not.toContain("public-sink");
    expect(h(tool("send_invoice_copy", "Send a copy of the invoice to the current user.", { invoice_id: str }))).not.toContain("public-sink");
  });
});

describe("granting privileges on the user's data to a role lets that role's members read it", () => {
  test("database and warehouse grants", () => {
    expect(h(tool("grant_privileges", "Grant table privileges to a role.", { role: str, privileges: { type: "array" }, table: str }))).toContain("public-sink");
    expect(h(tool("db_grant", "Give a database user rights on a schema.", { grantee: str, privilege: str, schema: str }))).toContain("public-sink");
  });
  test("hard negatives: the server's own scopes, listing grants, revoking", () => {
    expect(h(tool("grant_scopes", "Grant or revoke the scopes this server may use.", { granted: { type: "array" }, revoked: { type: "array" } }))).not.toContain("public-sink");
    expect(h(tool("list_grants", "List the privileges a role holds.", { role: str }))).not.toContain("public-sink");
    expect(h(tool("revoke_privileges", "Revoke privileges from a role.", { role: str, privileges: { type: "array" } }))).not.toContain("public-sink");
  });
});

describe("changing an existing access entry or handing over ownership can lock people out", () => {
  test("a sharing entry's role changed, ownership transferred", () => {
    expect(h(tool("update_sharing_permission", "Change the access level of a sharing entry on a file.", { file_id: str, permission_id: str, role: str }))).toContain("destructive");
    expect(h(tool("transfer_ownership", "Make another person the owner of a document.", { document_id: str, new_owner_email: str }))).toContain("destructive");
  });
  test("hard negatives: reading permissions, changing a role's description", () => {
    expect(h(tool("get_permission", "Read one permission of a file.", { file_id: str, permission_id: str }))).not.toContain("destructive");
    expect(h(tool("list_ownership_history", "Who has owned the document.", { document_id: str }))).not.toContain("destructive");
    expect(h(tool("update_role_label", "Rename the label shown for a role.", { role: str, label: str }))).not.toContain("destructive");
  });
});

describe("checking an inbox reads the mail in it", () => {
  test("checking for new or unread mail", () => {
    expect(h(tool("check_mailbox", "Look for new mail in a folder.", { folder: str, limit: { type: "number" } }))).toEqual(["private-data", "untrusted-content"]);
    expect(h(tool("check_unread_messages", "Check the account's unread messages.", {}))).toEqual(["private-data", "untrusted-content"]);
  });
  test("hard negatives: checking an address, a server's connection, spelling", () => {
    expect(h(tool("check_email_address", "Check that an e-mail address is well formed.", { address: str }))).toEqual([]);
    expect(h(tool("check_mail_server", "Check the connection to the mail server.", { host: str }))).not.toContain("untrusted-content");
    expect(h(tool("check_message_spelling", "Spell-check a message before sending.", { text: str }))).not.toContain("untrusted-content");
  });
});

describe("exporting the account's records returns them", () => {
  test("contacts, customers and messages exported", () => {
    expect(h(tool("export_contacts", "Export the address book as CSV.", { format: str }))).toContain("private-data");
    expect(h(tool("export_customers", "Export customers with their spend.", { since: str }))).toContain("private-data");
    expect(h(tool("export_cards", "Export one or more contacts as vCard text.", { ids: { type: "array" } }))).toContain("private-data");
  });
  test("hard negatives: exporting what the caller hands in, a chart, a template", () => {
    expect(h(tool("export_markdown_pdf", "Export markdown text to a PDF.", { markdown: str }))).not.toContain("private-data");
    expect(h(tool("export_chart", "Export a chart built from the given values as PNG.", { values: { type: "array" } }))).not.toContain("private-data");
    expect(h(tool("export_theme", "Export the editor theme.", {}))).not.toContain("private-data");
  });
});

describe("a channel's name as the tool's prefix is a namespace, not a send", () => {
  test("status, help and reads under an sms or email prefix send nothing", () => {
    expect(h(tool("sms_status", "Look up whether a text message was delivered.", { id: str }))).not.toContain("public-sink");
    expect(h(tool("email_help", "Usage notes for these tools.", {}))).not.toContain("public-sink");
    expect(h(tool("sms_list_contacts", "List phone contacts.", { query: str }))).not.toContain("public-sink");
  });
  test("hard negatives: the prefix still sends when the tool is a send", () => {
    expect(h(tool("sms_send", "Send a text message.", { to: str, body: str }))).toContain("public-sink");
    expect(h(tool("email_user", "E-mail a user.", { to: str, body: str }))).toContain("public-sink");
    expect(h(tool("sms", "Send a text message to a number.", { phone_number: str, text: str }))).toContain("public-sink");
  });
});

describe("a write that also sets who the item is shared with shows it to them", () => {
  test("share permissions or a shared-with list on a create or an update", () => {
    expect(h(tool("update_report", "Update a saved report.", { report_id: str, name: str, share_permissions: { type: "array" } }))).toContain("public-sink");
    expect(h(tool("create_board", "Create a board.", { title: str, shared_with: { type: "array" } }))).toContain("public-sink");
  });
  test("hard negatives: reading a shared item, an update with no sharing field, listing shares", () => {
    expect(h(tool("get_report", "Read a saved report.", { report_id: str, share_permissions: { type: "boolean" } }))).not.toContain("public-sink");
    expect(h(tool("update_report", "Update a saved report.", { report_id: str, name: str }))).not.toContain("public-sink");
    expect(h(tool("list_shares", "List shares of a base.", { base_id: str }))).not.toContain("public-sink");
  });
});
