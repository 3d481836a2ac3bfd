import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the repository's schema. `codegen:check` generates into a scratch
// directory (BALANS_CODEGEN_OUT) and compares with the committed `src/gql/`.
const out = process.env.BALANS_CODEGEN_OUT ?? './src/gql/';

const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Time: 'string',
          AsOf: 'string',
          JSON: 'unknown',
          Upload: 'File',
        },
      },
    },
  },
};

export default config;
