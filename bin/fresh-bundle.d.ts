/** Types of bin/fresh-bundle.js (plain CommonJS: bin/ runs before tsx is loaded). */
/** dist-cli/main.js under `root` when it is newer than every input it is built from, else undefined. */
export function freshBundle(root: string): string | undefined;
