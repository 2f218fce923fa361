import type { CodegenConfig } from "@graphql-codegen/cli";

// Generated from the committed, printed schema (never a running server), so a
// build is reproducible and `codegen:check` can tell when the output is stale.
const out = process.env.CODEGEN_OUT ?? "src/graphql/";
// Only for bridging a moment when the printed schema lags the contract.
const schema = process.env.CODEGEN_SCHEMA ?? "../schema.graphql";

const config: CodegenConfig = {
  schema,
  documents: ["src/**/*.{ts,tsx}", "!src/graphql/**", "!src/**/*.test.{ts,tsx}"],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        nonOptionalTypename: true,
        enumsAsTypes: true,
        avoidOptionals: {
          field: true,
          inputValue: false,
          object: false,
          defaultValue: false,
        },
        scalars: { DateTime: "string", JSON: "unknown" },
      },
    },
    // Every enum of the schema as a value, for the lists the console needs at run time (roles in a picker, the
    // error codes it has words for), including enums no operation selects, such as ErrorCode.
    [`${out}enums.ts`]: {
      plugins: ["typescript"],
      config: {
        onlyEnums: true,
        enumsAsConst: true,
        namingConvention: { enumValues: "keep" },
        useTypeImports: true,
      },
    },
  },
};

export default config;
