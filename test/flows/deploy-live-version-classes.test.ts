// Deploying code or a site replaces what is live and serves what it was given to anyone; promoting a build or shifting traffic switches the live version (texts written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("deploying a site or a function", () => {
  test("publishes what it is given on the web and replaces the live version", () => {
    expect(h(tool("deploy_site", "Deploy a static website from the given files.", { site_name: str, files: str }))).toEqual(expect.arrayContaining(["destructive", "public-sink"]));
    expect(h(tool("deploy_function", "Deploy a serverless function to the project.", { name: str, code: str }))).toEqual(expect.arrayContaining(["destructive", "public-sink"]));
  });
  test("a stack of containers is replaced but serves no page", () => {
    const roles = h(tool("deploy_stack", "Deploy a container stack from a compose file.", { compose_yaml: str }));
    expect(roles).toContain("destructive");
    expect(roles).not.toContain("public-sink");
  });
  test("hard negatives: reading deploys", () => {
    expect(h(tool("get_deploy_status", "Get the status of a deploy.", { deploy_id: str }))).not.toContain("destructive");
    expect(h(tool("get_deploy_status", "Get the status of a deploy.", { deploy_id: str }))).not.toContain("public-sink");
    expect(h(tool("list_site_deploys", "List the deploys of a site.", { site_id: str }))).not.toContain("destructive");
  });
});

describe("switching which version is live", () => {
  test("promoting a build or shifting live traffic replaces what users reach", () => {
    expect(h(tool("promote_build", "Promote a build to production.", { build_id: str }))).toContain("destructive");
    expect(h(tool("shift_service_traffic", "Shift a service's live traffic between versions.", { service: str, versions: str }))).toContain("destructive");
  });
  test("hard negatives: promoting a post, reading traffic", () => {
    expect(h(tool("promote_post", "Promote a post to more followers.", { post_id: str }))).not.toContain("destructive");
    expect(h(tool("get_traffic_conditions", "Get road traffic between two places.", { origin: str, destination: str }))).not.toContain("destructive");
    expect(h(tool("get_site_traffic", "Get visitor traffic for a site.", { site_id: str }))).not.toContain("destructive");
  });
});

describe("merging or rebasing branches, applying a plan, a run that may destroy", () => {
  test("rewrites a branch, or changes live infrastructure or a database", () => {
    expect(h(tool("merge_branch", "Merge a preview branch into the main database.", { branch_id: str }))).toContain("destructive");
    expect(h(tool("rebase_feature_branch", "Rebase a feature branch onto the default branch.", { branch: str }))).toContain("destructive");
    expect(h(tool("apply_plan", "Apply a saved plan to the workspace.", { plan_id: str }))).toContain("destructive");
    expect(h(tool("applyRun", "", { run_id: str, comment: str }))).toContain("destructive");
    expect(h(tool("queue_run", "Queue a new run in a workspace.", { workspace_id: str, is_destroy: { type: "boolean" }, auto_apply: { type: "boolean" } }))).toContain("destructive");
  });
  test("hard negatives: merge fields and files, applying effects or coupons, plain creation", () => {
    expect(h(tool("create_merge_field", "Create a merge field for an audience.", { name: str }))).not.toContain("destructive");
    expect(h(tool("list_merge_requests", "List merge requests of a project.", { project: str }))).not.toContain("destructive");
    expect(h(tool("merge_pdfs", "Merge several PDF files into one new file.", { files: str, output: str }))).not.toContain("destructive");
    expect(h(tool("apply_picture_effects", "Apply shadow and glow effects to a picture on a slide.", { slide_index: str }))).not.toContain("destructive");
    expect(h(tool("apply_coupon", "Apply a coupon code to the cart.", { code: str }))).not.toContain("destructive");
    expect(h(tool("suggest_issue_labels", "Suggest labels for an issue from its text.", { issue_number: str, auto_apply: { type: "boolean" } }))).not.toContain("destructive");
  });
});
