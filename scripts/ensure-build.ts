// `npm start` builds the web app and the compiled service (scripts/build-server.ts) only when
// their sources changed since the last build, so the first start after a clone or a pull is
// correct and later starts are fast.
import { execSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildServer } from "./build-server.ts";

const root = path.resolve(import.meta.dirname, "..");
const web = path.join(root, "web");
const stampFile = path.join(web, "build", ".source-hash");

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

const hash = createHash("sha256");
const inputs = [
  ...files(path.join(web, "src")),
  ...(existsSync(path.join(web, "static")) ? [...files(path.join(web, "static"))] : []),
  ...["svelte.config.js", "vite.config.ts", "tsconfig.json"].map((f) => path.join(web, f)),
  path.join(root, "package-lock.json"),
].filter((f) => existsSync(f) && statSync(f).isFile());
for (const file of inputs.sort()) hash.update(path.relative(root, file)).update(readFileSync(file));
const digest = hash.digest("hex");

const current = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : "";
if (current !== digest) {
  console.log("Membangun aplikasi web… / Building the web app…");
  execSync("npm run build", { cwd: root, stdio: "inherit" });
  writeFileSync(stampFile, digest);
}

// The service: its sources, the generated database client and the lock file.
const serverStamp = path.join(root, "server", "dist", ".source-hash");
const serverHash = createHash("sha256");
const serverInputs = [...files(path.join(root, "server", "src")), path.join(root, "package-lock.json")]
  .filter((f) => statSync(f).isFile())
  .sort();
for (const file of serverInputs) serverHash.update(path.relative(root, file)).update(readFileSync(file));
const serverDigest = serverHash.digest("hex");
const builtServer = existsSync(serverStamp) ? readFileSync(serverStamp, "utf8") : "";
if (builtServer !== serverDigest || !existsSync(path.join(root, "server", "dist", "main.mjs"))) {
  console.log("Menyusun layanan… / Compiling the service…");
  await buildServer();
  writeFileSync(serverStamp, serverDigest);
}
