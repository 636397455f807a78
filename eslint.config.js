// @ts-check
import { existsSync, readdirSync } from 'node:fs'
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import { defineConfig } from 'eslint/config'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Every folder under src/features, read at lint time so new features are covered without edits. */
function featureNames() {
  const dir = 'src/features'
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
}

/**
 * One-way imports: app -> features -> components -> url-state -> dataset -> lib.
 * A feature never imports another feature; shared code never imports features or the app.
 */
const layerZones = [
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not import from src/app; pass what they need in from the app.',
  },
  ...featureNames().map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: `Feature "${name}" must not import another feature; move shared code to src/components or src/lib.`,
  })),
  ...['components', 'lib', 'dataset', 'url-state'].map((layer) => ({
    target: `./src/${layer}`,
    from: ['./src/features', './src/app'],
    message: `src/${layer} is shared code and must not import from src/features or src/app.`,
  })),
  {
    target: './src/lib',
    from: ['./src/dataset', './src/url-state', './src/components'],
    message: 'src/lib holds small helpers that know nothing of the domain; move domain code out.',
  },
  {
    target: './src/dataset',
    from: ['./src/url-state', './src/components'],
    message:
      'src/dataset knows nothing of the URL or the UI: take plain values (RecordFilter) instead.',
  },
  {
    target: './src/url-state',
    from: './src/components',
    message: 'src/url-state sits below the shared components; they read it, not the other way.',
  },
]

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'public/data/',
      'test-results/',
      'playwright-report/',
      'bench/out/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  reactHooks.configs.flat.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // Without these import-x parses only .js files for no-cycle, and silently finds no cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML is forbidden: render text as React children instead.',
        },
      ],
    },
  },
  {
    files: ['src/dataset/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-router',
              message:
                'src/dataset does not read the URL; src/url-state does and passes values in.',
            },
          ],
        },
      ],
    },
  },
  prettier,
)
