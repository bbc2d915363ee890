// A page without a theme switch follows the system's, as the kit's elements do by default
// (their `theme` is "auto"): without it, dark cards sat on the page's light background.
export function followSystemTheme() {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => document.documentElement.classList.toggle('dark', dark.matches);
  apply();
  dark.addEventListener('change', apply);
}
