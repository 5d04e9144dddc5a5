export * from "./credentials.ts";
export * from "./ecr.ts";
export * from "./ecr-login.ts";
export * from "./fields.ts";
export * from "./jwt.ts";
export * from "./role.ts";
export * from "./sts.ts";
