import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "../../../test/harness/run-action.ts";

export const corpusDir = path.join(repoRoot, "test", "fixtures", "gitops", "repo");

/** The corpus as files (path -> text), to seed real repositories. */
export function corpusFiles(dir = corpusDir, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    const relative = prefix ? `${prefix}/${entry}` : entry;
    if (statSync(full).isDirectory()) Object.assign(files, corpusFiles(full, relative));
    else files[relative] = readFileSync(full, "utf8");
  }
  return files;
}

/** `count` services, each with its own prod overlay. */
export function serviceOverlays(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    files[`apps/svc-${i}/overlays/prod/kustomization.yaml`] = [
      "# managed by update-overlay",
      "apiVersion: kustomize.config.k8s.io/v1beta1",
      "kind: Kustomization",
      "resources:",
      "- ../../base",
      "images:",
      `- name: ghcr.io/octo-org/svc-${i}`,
      "  newTag: 1.0.0 # bumped by CI",
      "",
    ].join("\n");
  }
  return files;
}

export const DIGEST_A = `sha256:${"a".repeat(64)}`;
export const DIGEST_B = `sha256:${"b".repeat(64)}`;
