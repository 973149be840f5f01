/** Picks the plural form of `n` for `lang` (Intl.PluralRules), falling back to `other`. */
export function plural(
  lang: string,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
  return form.replace('#', new Intl.NumberFormat(lang).format(n));
}
