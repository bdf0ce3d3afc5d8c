/** Office look: Fluent's web light theme with the Office UI fonts (Segoe UI, then Microsoft YaHei for Chinese). */
import { webLightTheme, type Theme } from "@fluentui/react-components";

export const FONT_STACK = "'Segoe UI', 'Segoe UI Web (West European)', 'Microsoft YaHei', '微软雅黑', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

export const paneTheme: Theme = { ...webLightTheme, fontFamilyBase: FONT_STACK };
