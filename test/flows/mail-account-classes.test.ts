// A mailing account's own templates and sending figures, with look-alikes (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";
import { sendsMail } from "../../src/flows/mailers.js";

describe("a mailing account's templates and sending statistics are its own", () => {
  test("a server sends mail when one of its tools sends or schedules mail, campaigns or broadcasts", () => {
    expect(sendsMail([{ name: "dispatch_email" }, { name: "sendEmail" }])).toBe(true);
    expect(sendsMail([{ name: "schedule_broadcast" }])).toBe(true);
    expect(sendsMail([{ name: "send_slack_message" }, { name: "list_templates" }])).toBe(false);
  });
  test("templates and statistics read from a mail sender, and e-mail templates anywhere", () => {
    expect(h(tool("fetch_template_revision", "Fetch one revision of a template.", { template: str, revision: str }), { mailer: true })).toEqual(["private-data"]);
    expect(h(tool("get_delivery_stats", "Get open and bounce figures for a date range.", { from: str }), { mailer: true })).toEqual(["private-data"]);
    expect(h(tool("show_email_templates", "Show the e-mail templates of a brand.", { brand: str }))).toEqual(["private-data"]);
  });
  test("hard negatives: slide or project templates, the vendor's default content, a write", () => {
    expect(h(tool("list_layout_templates", "List the layout templates a deck can use.", {}))).toEqual([]);
    expect(h(tool("get_default_email_template", "Get the default content of an e-mail template.", { name: str }))).not.toContain("private-data");
    expect(h(tool("create_template", "Create a template from HTML.", { html: str }), { mailer: true })).not.toContain("private-data");
  });
});
