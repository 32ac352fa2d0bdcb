// Reading an account's cloud and container infrastructure, and stopping what runs there, with look-alikes (texts
// written for these tests).
import { h, str, tool } from "./class-helpers.js";

describe("reading the infrastructure an account runs on a cloud or a container runtime", () => {
  test("machines, tasks, alarms, log groups, container figures and the bill", () => {
    expect(h(tool("list_gce_instances", "Lists Compute Engine VMs in a zone with their status.", { zone: str }))).toContain("private-data");
    expect(h(tool("describe_eks_pods", "Returns the pods of an EKS cluster with their phase.", { cluster: str }))).toContain("private-data");
    expect(h(tool("get_cloudwatch_alarm_states", "Returns alarm states grouped by severity.", { region: str }))).toContain("private-data");
    expect(h(tool("list_log_streams", "Lists the CloudWatch log streams of a log group.", { group: str }))).toContain("private-data");
    expect(h(tool("podman_container_stats", "Get CPU and memory figures for each container.", { name: str }))).toContain("private-data");
    expect(h(tool("get_azure_spending", "Returns what the Azure subscription spent this month, per service.", { month: str }))).toContain("private-data");
    expect(h(tool("get_budget_overview", "Returns AWS budget limits and actual spend.", {}))).toContain("private-data");
    expect(h(tool("docker_volume_list", "List Docker volumes on the host.", {}))).toContain("private-data");
    expect(h(tool("check_pod_health", "Check whether a pod's containers are ready.", { pod: str, namespace: str }))).toContain("private-data");
    expect(h(tool("list_vms", "Lists Azure VMs across regions, filtered by power state.", { state: str }))).toContain("private-data");
  });
  test("hard negatives: a price list, instance types, regions, public hub images, the MCP server's own health, docs", () => {
    expect(h(tool("get_ec2_pricing", "Returns on-demand prices for EC2 instance types.", { instance_type: str }))).not.toContain("private-data");
    expect(h(tool("list_instance_types", "Lists the machine types GCP offers in a zone.", { zone: str }))).not.toContain("private-data");
    expect(h(tool("search_docker_hub_images", "Search public images on Docker Hub.", { query: str }))).not.toContain("private-data");
    expect(h(tool("docker_mcp_status", "Check that the MCP server can reach the Docker daemon.", {}))).not.toContain("private-data");
    expect(h(tool("search_aws_docs", "Search AWS documentation for a service.", { query: str }))).not.toContain("private-data");
    expect(h(tool("get_image_metadata", "Read the EXIF metadata of a photo.", { photo: str }))).not.toContain("private-data");
  });
});

describe("stopping or restarting a running workload", () => {
  test("containers, instances, services and VMs are taken down", () => {
    expect(h(tool("stop_instance", "Stops a running EC2 instance.", { instance_id: str }))).toContain("destructive");
    expect(h(tool("podman_restart", "Restart a container.", { container: str }))).toContain("destructive");
    expect(h(tool("reboot_droplet", "Reboot a droplet.", { droplet_id: str }))).toContain("destructive");
    expect(h(tool("service_shutdown", "Shut down a service in the swarm.", { service: str }))).toContain("destructive");
  });
  test("hard negatives: starting one, a stream or a recording, the tool's own server, reading a restart policy", () => {
    expect(h(tool("start_container", "Start a stopped container.", { container: str }))).not.toContain("destructive");
    expect(h(tool("stop_stream", "Stop the live stream.", {}))).not.toContain("destructive");
    expect(h(tool("stop_recording", "Stop recording the screen.", {}))).not.toContain("destructive");
    expect(h(tool("restart_self", "Restart this MCP server so it picks up new settings.", {}))).not.toContain("destructive");
    expect(h(tool("get_restart_policy", "Returns a container's restart policy.", { container: str }))).not.toContain("destructive");
  });
});

describe("a clean-up or a prune that deletes what it decides is unused", () => {
  test("untracked files, dangling images, old snapshots", () => {
    expect(h(tool("repo_clean", "Remove untracked files from a working tree.", { path: str, force: { type: "boolean" } }))).toContain("destructive");
    expect(h(tool("prune_images", "Deletes dangling images and their layers.", { all: { type: "boolean" } }))).toContain("destructive");
    expect(h(tool("cleanup_snapshots", "Discard snapshots older than the retention period.", { days: str }))).toContain("destructive");
  });
  test("hard negatives: tidying handed text, a clean-up that only reports", () => {
    expect(h(tool("clean_markup", "Remove unneeded tags from the HTML it is given.", { html: str }))).not.toContain("destructive");
    expect(h(tool("cleanup_report", "Report which branches look stale.", { days: str }))).not.toContain("destructive");
  });
});
