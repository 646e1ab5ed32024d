/**
 * The one Vite variable the pure modules read (src/routes.ts), declared exactly as vite/client does so
 * that plain `tsc` (types: node) and `astro check` (which loads vite/client) agree.
 */
interface ImportMetaEnv {
  readonly BASE_URL: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
