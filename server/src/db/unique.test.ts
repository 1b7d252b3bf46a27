import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./unique.ts";

const prismaP2002 = Object.assign(new Error("Unique constraint failed"), { code: "P2002", meta: { target: ["trackingCode"] } });
const adapterWrapped = Object.assign(new Error("P2002"), {
  code: "P2002",
  meta: { modelName: "Complaint", driverAdapterError: { cause: { originalCode: "23505", kind: "UniqueConstraintViolation", constraint: { fields: ["clientRequestId"] } } } },
});
const inTransaction = Object.assign(new Error('duplicate key value violates unique constraint "Complaint_trackingCode_key"'), {
  name: "DriverAdapterError",
  cause: { originalCode: "23505", kind: "UniqueConstraintViolation", constraint: { index: "Complaint_trackingCode_key" } },
});
const rawPg = Object.assign(new Error("duplicate key"), { code: "23505", constraint: "User_phone_key", detail: 'Key (phone)=(…) already exists.' });
const foreignKey = Object.assign(new Error("fk"), { code: "P2003", meta: { field_name: "trackingCode" } });

describe("isUniqueViolation", () => {
  it.each<[string, unknown, string | undefined, boolean]>([
    ["Prisma P2002", prismaP2002, undefined, true],
    ["Prisma P2002 on its field", prismaP2002, "trackingCode", true],
    ["Prisma P2002 on another field", prismaP2002, "clientRequestId", false],
    ["P2002 wrapping the adapter's error", adapterWrapped, "clientRequestId", true],
    ["the adapter's 23505 inside a transaction", inTransaction, "trackingCode", true],
    ["the adapter's 23505 on another field", inTransaction, "clientRequestId", false],
    ["a raw 23505 from the driver", rawPg, "phone", true],
    ["a foreign-key failure", foreignKey, undefined, false],
    ["not an error", "P2002", undefined, false],
    ["nothing", null, undefined, false],
  ])("%s", (_name, error, field, expected) => {
    expect(isUniqueViolation(error, field)).toBe(expected);
  });
});
