/** Where bundles are kept (`.cache/workers/` in the project). */
export declare const BUNDLE_DIR: string;
/**
 * The TypeScript module `source` (a file URL) as one plain-JavaScript file in `dir`, made anew when a source of
 * ours in it has changed; throws when none can be made.
 */
export declare function bundleOf(source: URL, dir?: string): URL;
