// The benchmarks page in the language a link asks for (?lang=pt-BR): its words and its elements'.
import { followSystemTheme } from '/demo/page-theme.js';
import { langFromQuery, translatePage } from '/demo/page-words.js';

translatePage(langFromQuery() ?? 'en');
followSystemTheme();
