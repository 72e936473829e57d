import type { Message } from '../../../core/messages';

// App-wide notices that keep progress safe: the export reminder, storage trouble, and the
// "answer revised" badge of the study screen (issue 5).
export default {
  'reminder.label': [
    'Lembrete de exportação',
    'Export reminder',
  ],
  'reminder.text': [
    'Sua última exportação tem mais de uma semana. No navegador, exportar é a única cópia de segurança do seu progresso.',
    'Your last export is over a week old. In the browser, exporting is the only backup of your progress.',
  ],
  'reminder.never': [
    'Você estuda há mais de uma semana e ainda não exportou seu progresso. No navegador, exportar é a única cópia de segurança dele.',
    'You have been studying for over a week and have not exported your progress. In the browser, exporting is its only backup.',
  ],
  'reminder.export': [
    'Exportar agora',
    'Export now',
  ],
  'reminder.later': [
    'Depois',
    'Later',
  ],
  'storage.blocked': [
    'O app foi atualizado, mas outra janela ou aba do MLOps Flashcards ainda usa a versão antiga. Feche as outras janelas para continuar; nada foi perdido.',
    'The app was updated, but another MLOps Flashcards window or tab still runs the old version. Close the other windows to continue; nothing was lost.',
  ],
  'storage.upgraded-elsewhere': [
    'Uma versão mais nova do app foi aberta em outra janela. Esta janela parou de gravar para não misturar versões. Recarregue-a; nada foi perdido.',
    'A newer version of the app was opened in another window. This window stopped saving so the versions do not mix. Reload it; nothing was lost.',
  ],
  'storage.deleted': [
    'Os dados do app foram apagados pelo navegador, pelo sistema ou por outro programa enquanto o app estava aberto. Nada mais será gravado nesta janela. Recarregue e importe sua última exportação ou restaure um backup.',
    'The app\'s data was deleted by the browser, the system or another program while the app was open. Nothing more will be saved in this window. Reload, then import your last export or restore a backup.',
  ],
  'storage.lost': [
    'Seu progresso neste computador sumiu: o navegador ou o sistema apagou os dados do app. Importe sua última exportação ou restaure um backup em Progresso e backups.',
    'Your progress on this computer is gone: the browser or the system deleted the app\'s data. Import your last export or restore a backup in Progress and backups.',
  ],
  'storage.quota': [
    'Não há espaço em disco para gravar. Libere espaço e tente de novo; nada do que já estava salvo foi perdido.',
    'There is no disk space left to save. Free some space and try again; nothing saved before was lost.',
  ],
  'storage.reload': [
    'Recarregar',
    'Reload',
  ],
  'storage.openProgress': [
    'Abrir Progresso e backups',
    'Open Progress and backups',
  ],
  'storage.startOver': [
    'Começar do zero',
    'Start over',
  ],
  'study.revised': [
    'Resposta revisada',
    'Answer revised',
  ],
  'study.revisedHint': [
    'O conteúdo deste cartão mudou desde a última vez que você o respondeu.',
    'This card\'s content changed since you last answered it.',
  ],
} as const satisfies Record<string, Message>;
