// npm run bench -- drift-report [runs]: parse and render a generated plan JSON of 20,000
// resource changes (about 50 MB) the way drift-report does (read, check format_version,
// analyse, fingerprint, render the issue body, the report JSON), beside `jq` only counting
// `.resource_changes` in the same file. Each measurement is a fresh process so peak memory
// (max RSS) is its own; runs alternate; medians and their ratio are printed.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { median } from "./stats.ts";

const RESOURCES = 20_000;
const self = fileURLToPath(import.meta.url);

/** One resource change shaped like a real AWS one: a dozen attributes, tags, a nested block. */
function resourceChange(i: number): string {
  const kinds = [["update"], ["create"], ["delete", "create"], ["delete"], ["no-op"]];
  const actions = kinds[i % kinds.length] ?? ["update"];
  const object = (version: string) => ({
    id: `i-${(0x10000000 + i).toString(16)}`,
    arn: `arn:aws:ec2:eu-west-1:123456789012:instance/i-${(0x10000000 + i).toString(16)}`,
    ami: "ami-0123456789abcdef0",
    instance_type: version === "after" && i % 3 === 0 ? "m5.large" : "t3.medium",
    availability_zone: `eu-west-1${"abc"[i % 3]}`,
    subnet_id: `subnet-${(i % 64).toString(16).padStart(8, "0")}`,
    vpc_security_group_ids: [`sg-${(i % 32).toString(16).padStart(8, "0")}`, "sg-0000000000000001"],
    private_ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    monitoring: version === "after",
    user_data: "x".repeat(520),
    tags: { Name: `server-${i}`, Team: "platform", Environment: "production", CostCenter: "1234", Version: version },
    root_block_device: [{ volume_size: 50, volume_type: "gp3", encrypted: true, iops: 3000, throughput: 125 }],
    metadata_options: [{ http_endpoint: "enabled", http_tokens: "required", http_put_response_hop_limit: 1 }],
    description: `Application server number ${i} of the production fleet, managed by Terraform since 2024.`,
  });
  const before = actions[0] === "create" ? null : object("before");
  const after = actions[0] === "delete" && actions.length === 1 ? null : object("after");
  return JSON.stringify({
    address: `module.fleet.aws_instance.server["${i}"]`,
    module_address: "module.fleet",
    mode: "managed",
    type: "aws_instance",
    name: "server",
    index: String(i),
    provider_name: "registry.terraform.io/hashicorp/aws",
    change: {
      actions,
      before,
      after,
      after_unknown: after ? { private_dns: true, public_ip: true } : {},
      before_sensitive: before ? { user_data: true, tags: {} } : false,
      after_sensitive: after ? { user_data: true, tags: {} } : false,
    },
  });
}

async function generate(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (text: string) =>
    new Promise<void>((resolve) => (out.write(text) ? resolve() : out.once("drain", () => resolve())));
  await write('{"format_version":"1.2","terraform_version":"1.11.4","variables":{"region":{"value":"eu-west-1"}},');
  await write('"planned_values":{"root_module":{}},"resource_changes":[');
  for (let i = 0; i < RESOURCES; i++) await write(`${i > 0 ? "," : ""}${resourceChange(i)}`);
  await write('],"output_changes":{},"configuration":{"root_module":{}}}');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** The measured work, in this (child) process: prints {ms, maxRssKiB, bodyChars, changes}. */
async function measure(file: string): Promise<void> {
  const terraform = await import("@platform/terraform");
  const start = performance.now();
  const plan = terraform.parsePlanJson(readFileSync(file, "utf8"), file);
  const result = terraform.analysedWorkspace("infra/fleet", terraform.analysePlan(plan));
  const body = terraform.renderWorkspace(result);
  const report = JSON.stringify(terraform.reportWorkspace(result));
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({
      ms,
      maxRssKiB: process.resourceUsage().maxRSS,
      bodyChars: body.length,
      reportChars: report.length,
      changes: result.analysis?.changes.length,
    }),
  );
}

function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`${command} exited ${code}: ${stderr.slice(-2000)}`)),
    );
  });
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-drift-"));
  try {
    const file = path.join(dir, "plan.json");
    await generate(file);
    const size = statSync(file).size;
    console.log(`plan JSON: ${RESOURCES} resource changes, ${(size / 1024 / 1024).toFixed(1)} MiB`);
    const ours: { ms: number; rss: number }[] = [];
    const jq: { ms: number; rss: number }[] = [];
    for (let i = 0; i < runs; i++) {
      const measured = JSON.parse((await run(process.execPath, [self, "--measure", file])).stdout) as {
        ms: number;
        maxRssKiB: number;
        bodyChars: number;
        changes: number;
      };
      ours.push({ ms: measured.ms, rss: measured.maxRssKiB / 1024 });
      if (i === 0) console.log(`drift-report: ${measured.changes} changes, issue body ${measured.bodyChars} chars`);
      // GNU time: elapsed seconds and max RSS (KiB) of jq alone.
      const timed = await run("/usr/bin/time", ["-f", "%e %M", "jq", ".resource_changes | length", file]);
      const [seconds = "0", kib = "0"] = timed.stderr.trim().split(/\s+/).slice(-2);
      jq.push({ ms: Number(seconds) * 1000, rss: Number(kib) / 1024 });
      if (timed.stdout.trim() !== String(RESOURCES)) throw new Error(`jq counted ${timed.stdout.trim()}`);
    }
    const oursMs = median(ours.map((o) => o.ms));
    const oursRss = median(ours.map((o) => o.rss));
    const jqMs = median(jq.map((o) => o.ms));
    const jqRss = median(jq.map((o) => o.rss));
    console.log(`runs: ${runs} (medians)`);
    console.log(
      `drift-report parse+analyse+render: ${oursMs.toFixed(0)} ms, peak RSS ${oursRss.toFixed(0)} MiB (whole node process)`,
    );
    console.log(`jq '.resource_changes | length':   ${jqMs.toFixed(0)} ms, peak RSS ${jqRss.toFixed(0)} MiB`);
    console.log(
      `ratio (jq / drift-report): time ${(jqMs / oursMs).toFixed(2)}x, memory ${(jqRss / oursRss).toFixed(2)}x`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--measure") await measure(process.argv[3] ?? "");
else await main();
