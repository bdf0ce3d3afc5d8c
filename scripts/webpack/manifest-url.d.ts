/** Types for manifest-url.js (plain JS so webpack.config.js can require it). */
export declare const DEV_URL: "https://localhost:3000";
export declare function resolveAddinUrl(value: string | undefined): string;
export declare function rewriteManifestUrls(xml: string, addinUrl: string): string;
