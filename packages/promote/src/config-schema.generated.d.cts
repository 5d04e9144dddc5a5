// The declaration of config-schema.generated.cjs (ajv's standalone validator of schema/platform.schema.json).
import type { ErrorObject } from "ajv";

declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export = validate;
