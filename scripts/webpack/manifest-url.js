/**
 * The add-in's base URL: https://localhost:3000 in development; ADDIN_URL (https, no query) for a
 * deployment, written into dist/manifest.xml in place of every localhost URL.
 */
const DEV_URL = "https://localhost:3000";

function resolveAddinUrl(value) {
  if (value === undefined || value.trim() === "") return DEV_URL;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_URL 不是有效的网址：“${value}”`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL 必须是 https 网址：“${value}”`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL 不能带查询参数或锚点：“${value}”`);
  return url.href.replace(/\/+$/, "");
}

/** Replaces the development base URL everywhere in the manifest. */
function rewriteManifestUrls(xml, addinUrl) {
  return addinUrl === DEV_URL ? xml : xml.split(DEV_URL).join(addinUrl);
}

module.exports = { DEV_URL, resolveAddinUrl, rewriteManifestUrls };
