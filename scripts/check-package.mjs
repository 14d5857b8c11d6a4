// Packs the library as npm would publish it and checks the tarball with publint and
// @arethetypeswrong/cli, so every subpath resolves for ESM, CJS and TypeScript consumers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = (command, args, options = {}) => execFileSync(command, args, { stdio: "inherit", ...options });

const packDir = mkdtempSync(join(tmpdir(), "tillkit-pack-"));
try {
  const output = execFileSync("npm", ["pack", "--silent", "--pack-destination", packDir], {
    encoding: "utf8",
  });
  const tarball = join(packDir, output.trim().split("\n").pop());
  console.log(`Packed ${tarball}`);
  run("npx", ["publint", "run", "--strict", "--pack", "false", "."]);
  run("npx", ["attw", tarball, "--profile", "node16"]);
  console.log("Package check passed: publint and are-the-types-wrong are clean.");
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
