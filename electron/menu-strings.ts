// The native menu's and the about box's words, in both interface languages. A record per locale
// typed by the same interface, so a label cannot exist in one language only.
import type { Locale } from '../content/schema';

export interface MenuStrings {
  file: string;
  exportProgress: string;
  importProgress: string;
  backups: string;
  quit: string;
  edit: string;
  undoAnswer: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  fullScreen: string;
  developerTools: string;
  theme: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  language: string;
  window: string;
  minimize: string;
  help: string;
  shortcuts: string;
  about: string;
  hide: string;
  hideOthers: string;
  showAll: string;
  aboutTitle: string;
  aboutDetail: string;
  ok: string;
}

/** Language names are written in their own language, whatever the menu's language. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  'pt-BR': 'Português (Brasil)',
  en: 'English',
};

export const MENU_STRINGS: Record<Locale, MenuStrings> = {
  'pt-BR': {
    file: '&Arquivo',
    exportProgress: 'Exportar progresso…',
    importProgress: 'Importar progresso…',
    backups: 'Backups…',
    quit: 'Sair',
    edit: '&Editar',
    undoAnswer: 'Desfazer última resposta',
    cut: 'Recortar',
    copy: 'Copiar',
    paste: 'Colar',
    selectAll: 'Selecionar tudo',
    view: 'E&xibir',
    zoomIn: 'Aumentar zoom',
    zoomOut: 'Diminuir zoom',
    resetZoom: 'Tamanho original',
    fullScreen: 'Tela cheia',
    developerTools: 'Ferramentas do desenvolvedor',
    theme: 'Tema',
    themeSystem: 'Igual ao sistema',
    themeLight: 'Claro',
    themeDark: 'Escuro',
    language: 'Idioma',
    window: '&Janela',
    minimize: 'Minimizar',
    help: 'Aj&uda',
    shortcuts: 'Atalhos de teclado',
    about: 'Sobre o {app}',
    hide: 'Ocultar {app}',
    hideOthers: 'Ocultar outros',
    showAll: 'Mostrar tudo',
    aboutTitle: 'Sobre o {app}',
    aboutDetail:
      'Versão {version}\nFlashcards offline de repetição espaçada para entrevistas de MLOps.\nSeu progresso fica apenas neste computador.\n\nElectron {electron} · Chromium {chrome} · Node.js {node}',
    ok: 'OK',
  },
  en: {
    file: '&File',
    exportProgress: 'Export progress…',
    importProgress: 'Import progress…',
    backups: 'Backups…',
    quit: 'Quit',
    edit: '&Edit',
    undoAnswer: 'Undo last answer',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: '&View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    developerTools: 'Developer tools',
    theme: 'Theme',
    themeSystem: 'Same as system',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    window: '&Window',
    minimize: 'Minimize',
    help: '&Help',
    shortcuts: 'Keyboard shortcuts',
    about: 'About {app}',
    hide: 'Hide {app}',
    hideOthers: 'Hide others',
    showAll: 'Show all',
    aboutTitle: 'About {app}',
    aboutDetail:
      'Version {version}\nOffline spaced-repetition flashcards for MLOps interviews.\nYour progress stays on this computer.\n\nElectron {electron} · Chromium {chrome} · Node.js {node}',
    ok: 'OK',
  },
};

/** Fills `{name}` placeholders; a missing value stays visible rather than turning into "undefined". */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
