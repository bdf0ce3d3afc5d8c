/** Types for office-js-plugin.js (plain JS so webpack.config.js can require it). */
import type { Compiler } from "webpack";

export declare const CDN_URL: string;
export declare const LOCAL_DIR: string;
export declare const LOCAL_PATTERNS: string[];
export declare function officeJsSource(mode: string | undefined): { kind: "local" | "cdn"; src: string };
export declare class OfficeJsPlugin {
  constructor(options: { src: string; pages: string[] });
  apply(compiler: Compiler): void;
}
