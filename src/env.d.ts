interface ImportMetaEnv {
  /** Set by vite.config.ts: SHA-256 of public/data/dataset.json as built (see src/dataset/trusted-dataset.ts). */
  readonly VITE_BUILT_IN_DATASET_SHA256?: string
}
