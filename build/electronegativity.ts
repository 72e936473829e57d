// Runs Doyensec's Electronegativity over the code that ships in the desktop app and reports the
// findings of medium severity or above, which `npm run lint:electron` (part of `npm test`) fails on.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  id: string;
  file: string;
  line: number;
  severity: Severity;
  confidence: string;
  manualReview: boolean;
  description: string;
}

export interface ScanResult {
  findings: Finding[];
  /** Files the scanner could not parse: a blind spot, so the gate fails on them too. */
  parseErrors: { file: string; message: string }[];
}

/**
 * Checks left out, each with its reason (electron/SECURITY.md repeats them):
 * AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK downloads Electron's release list from GitHub, and the
 * tests run offline; Electron is pinned to a patch range in package.json and updated with npm.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'] as const;

/** What ships: the main process and preload sources, the renderer (its HTML carries the CSP), package.json. */
export const SCANNED_PATHS = ['electron', 'renderer', 'package.json'] as const;

interface RawIssue {
  id: string;
  file: string;
  location: { line: number };
  severity: { value: number };
  confidence: { value: number; name?: string };
  manualReview?: boolean;
  description: string;
}

type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable: boolean }[] }>;

/** Scans `root` (a folder laid out like the repository) with the given Electron version. */
export async function scanElectronApp(root: string, electronVersion: string): Promise<ScanResult> {
  // Only what ships is scanned: a copy of those paths, so tests and build scripts stay out of it.
  const staging = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    for (const path of SCANNED_PATHS) cpSync(join(root, path), join(staging, path), { recursive: true });
    const run = require('@doyensec/electronegativity') as Runner;
    const result = await run(
      {
        input: staging,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS.map((check) => check.toLowerCase()),
        electronVersionOverride: electronVersion,
        isRelative: true,
        parserPlugins: [],
      },
      false,
    );
    return {
      findings: result.issues.map((issue) => ({
        id: issue.id,
        file: issue.file,
        line: issue.location.line,
        // An unknown level counts as the highest: the gate fails closed.
        severity: SEVERITIES[issue.severity.value] ?? 'HIGH',
        confidence: issue.confidence.name ?? String(issue.confidence.value),
        manualReview: Boolean(issue.manualReview),
        description: issue.description,
      })),
      parseErrors: result.errors.filter((error) => !error.tolerable).map(({ file, message }) => ({ file, message })),
    };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export function atOrAbove(findings: readonly Finding[], threshold: Severity): Finding[] {
  const floor = SEVERITIES.indexOf(threshold);
  return findings.filter((finding) => SEVERITIES.indexOf(finding.severity) >= floor);
}
