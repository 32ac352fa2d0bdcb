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
