import strings from './ko.json' with { type: 'json' };
import { fillTemplate } from './template.ts';

/**
 * The site's Korean UI strings live in ko.json under flat dotted keys; components never hard-code copy.
 * `t('code.copyLabel', { language: 'Bash' })` fills `{language}`. An unknown key is a type error.
 */
export type UiStringKey = keyof typeof strings;

export function t(key: UiStringKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(strings[key], values);
}
