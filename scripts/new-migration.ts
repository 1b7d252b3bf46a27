// Authors a migration from the difference between the committed migrations and
// prisma/schema.prisma, computed offline on in-memory PGlite (prisma.config.ts).
//   npm run db:new-migration -- add_drafts   writes prisma/migrations/<timestamp>_add_drafts/
//   npm run db:new-migration -- --check      fails when schema.prisma has changes no migration has
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const check = args.includes("--check");
const name = args.find((a) => !a.startsWith("--"));

if (!check && (!name || !/^[a-z0-9_]+$/.test(name))) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>   (or --check)");
  process.exit(2);
}

const sql = execFileSync(
  process.execPath,
  [
    path.join(root, "node_modules/prisma/build/index.js"),
    "migrate",
    "diff",
    "--from-migrations",
    "prisma/migrations",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
const empty = !sql.replace(/--.*$/gm, "").trim();

if (check) {
  if (!empty) {
    console.error("prisma/schema.prisma has changes that no migration contains. Run npm run db:new-migration -- <name>.\n");
    console.error(sql);
    process.exit(1);
  }
  console.log("Migrations match prisma/schema.prisma.");
  process.exit(0);
}

if (empty) {
  console.log("No changes: the migrations already match prisma/schema.prisma.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql — read it, then commit it.`);
