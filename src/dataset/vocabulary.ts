// Constants the app needs at first paint. They live apart from schema.ts so that importing them
// does not pull zod into the first bundle (the built-in dataset is not re-validated; decision 007).

/** Stances in the order the matrix legend lists them; the schema's enum is built from this list. */
export const STANCE_ORDER = ['supports', 'conditional', 'ambiguous', 'opposes'] as const
