// The native menu's and the desktop dialogs' words, in the app's one message scheme
// (renderer/core/messages.ts): [pt-BR, en] pairs, parameters checked at compile time.
import type { Locale } from '../content/schema';
import { translator, type Message, type Translate } from '../renderer/core/messages';

/** Language names are written in their own language, whatever the menu's language. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  'pt-BR': 'Português (Brasil)',
  en: 'English',
};

export const MENU_MESSAGES = {
  file: ['&Arquivo', '&File'],
  exportProgress: ['Exportar progresso…', 'Export progress…'],
  importProgress: ['Importar progresso…', 'Import progress…'],
  backups: ['Backups…', 'Backups…'],
  quit: ['Sair', 'Quit'],
  edit: ['&Editar', '&Edit'],
  undoAnswer: ['Desfazer última resposta', 'Undo last answer'],
  cut: ['Recortar', 'Cut'],
  copy: ['Copiar', 'Copy'],
  paste: ['Colar', 'Paste'],
  selectAll: ['Selecionar tudo', 'Select all'],
  view: ['E&xibir', '&View'],
  zoomIn: ['Aumentar zoom', 'Zoom in'],
  zoomOut: ['Diminuir zoom', 'Zoom out'],
  resetZoom: ['Tamanho original', 'Actual size'],
  fullScreen: ['Tela cheia', 'Full screen'],
  developerTools: ['Ferramentas do desenvolvedor', 'Developer tools'],
  theme: ['Tema', 'Theme'],
  themeSystem: ['Igual ao sistema', 'Same as system'],
  themeLight: ['Claro', 'Light'],
  themeDark: ['Escuro', 'Dark'],
  language: ['Idioma', 'Language'],
  window: ['&Janela', '&Window'],
  minimize: ['Minimizar', 'Minimize'],
  help: ['Aj&uda', '&Help'],
  shortcuts: ['Atalhos de teclado', 'Keyboard shortcuts'],
  about: ['Sobre o {app}', 'About {app}'],
  hide: ['Ocultar {app}', 'Hide {app}'],
  hideOthers: ['Ocultar outros', 'Hide others'],
  showAll: ['Mostrar tudo', 'Show all'],
  aboutTitle: ['Sobre o {app}', 'About {app}'],
  aboutDetail: ['Versão {version}\nFlashcards offline de repetição espaçada para entrevistas de MLOps.\nSeu progresso fica apenas neste computador.\n\nElectron {electron} · Chromium {chrome} · Node.js {node}', 'Version {version}\nOffline spaced-repetition flashcards for MLOps interviews.\nYour progress stays on this computer.\n\nElectron {electron} · Chromium {chrome} · Node.js {node}'],
  ok: ['OK', 'OK'],
  crashReloadedMessage: ['A janela parou inesperadamente e foi recarregada.', 'The window stopped unexpectedly and was reloaded.'],
  crashReloadedDetail: [
    'As respostas já registradas estão salvas. Se um cartão voltar, responda de novo: a última resposta antes da falha pode não ter sido gravada.',
    'Answers already recorded are safe. If a card comes back, answer it again: the last answer before the failure may not have been saved.',
  ],
  crashGaveUpMessage: ['O {app} não consegue continuar e vai fechar.', '{app} cannot go on and will close.'],
  crashGaveUpDetail: [
    {
      one: 'A janela parou {count} vez em poucos minutos, então o app não tenta de novo. Seu progresso está salvo neste computador, e os backups ficam em:\n{backups}\n\nAbra o app outra vez; se isso se repetir, reinicie o computador.',
      other: 'A janela parou {count} vezes em poucos minutos, então o app não tenta de novo. Seu progresso está salvo neste computador, e os backups ficam em:\n{backups}\n\nAbra o app outra vez; se isso se repetir, reinicie o computador.',
    },
    {
      one: 'The window stopped {count} time within a few minutes, so the app does not try again. Your progress is saved on this computer, and the backups are in:\n{backups}\n\nOpen the app again; if this happens again, restart the computer.',
      other: 'The window stopped {count} times within a few minutes, so the app does not try again. Your progress is saved on this computer, and the backups are in:\n{backups}\n\nOpen the app again; if this happens again, restart the computer.',
    },
  ],
} as const satisfies Record<string, Message>;

/** The menu's words in one language (the menu is rebuilt when the language changes). */
export function menuText(locale: Locale): Translate<typeof MENU_MESSAGES> {
  return translator(MENU_MESSAGES, () => locale);
}
