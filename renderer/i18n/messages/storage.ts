import type { Message } from '../../core/messages';

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
  'recovery.title': [
    'Seus dados não abriram',
    'Your data did not open',
  ],
  'recovery.intro': [
    'Ainda dá para resolver daqui, sem apagar nada à mão: primeiro exporte o que ainda pode ser lido; depois coloque um backup ou um arquivo no lugar, ou comece do zero.',
    'You can still sort this out from here, without deleting anything by hand: first export what can still be read; then put a backup or a file in its place, or start fresh.',
  ],
  'recovery.exportTitle': [
    '1. Exportar o que ainda pode ser lido',
    '1. Export what can still be read',
  ],
  'recovery.exportHint': [
    'Lê os dados tabela por tabela e guarda num arquivo de progresso tudo o que uma importação aceitaria. O que não puder ser lido é pulado e contado.',
    'Reads the data table by table and saves in a progress file everything an import would accept. What cannot be read is skipped and counted.',
  ],
  'recovery.export': [
    'Exportar o que pode ser lido',
    'Export what can be read',
  ],
  'recovery.exported': [
    'Exportado: {answers}, {cards} e {settings}.',
    'Exported: {answers}, {cards} and {settings}.',
  ],
  'recovery.cards': [
    {
      zero: '0 cartões com marcações ou notas',
      one: '{count} cartão com marcações ou notas',
      other: '{count} cartões com marcações ou notas',
    },
    { one: '{count} card with marks or notes', other: '{count} cards with marks or notes' },
  ],
  'recovery.settings': [
    { zero: '0 configurações', one: '{count} configuração', other: '{count} configurações' },
    { one: '{count} setting', other: '{count} settings' },
  ],
  'recovery.skipped': [
    'Registros ilegíveis deixados de fora: {count}.',
    'Unreadable records left out: {count}.',
  ],
  'recovery.unreadable': [
    'Tabelas que não puderam ser lidas: {tables}.',
    'Tables that could not be read: {tables}.',
  ],
  'recovery.exportFailed': [
    'Não foi possível ler nada para exportar.',
    'Nothing could be read to export.',
  ],
  'recovery.restoreTitle': [
    '2. Restaurar um backup',
    '2. Restore a backup',
  ],
  'recovery.restoreHint': [
    'O progresso do backup substitui os dados deste computador. Antes, o que ainda pode ser lido é guardado num backup “Antes de restaurar”.',
    'The backup\'s progress replaces the data on this computer. First, what can still be read is kept in a “Before a restore” backup.',
  ],
  'recovery.importTitle': [
    '2. Importar um arquivo',
    '2. Import a file',
  ],
  'recovery.importHint': [
    'O progresso do arquivo (uma exportação deste app) substitui os dados deste computador.',
    'The file\'s progress (an export of this app) replaces the data on this computer.',
  ],
  'recovery.replaceTitle': [
    'Substituir os dados deste computador?',
    'Replace the data on this computer?',
  ],
  'recovery.replaceBackup': [
    'Os dados deste computador passam a ser os do backup de {when} ({answers}). Depois o app recomeça.',
    'The data on this computer becomes that of the backup of {when} ({answers}). Then the app starts again.',
  ],
  'recovery.replaceFile': [
    'Os dados deste computador passam a ser os do arquivo {name} ({answers}). Depois o app recomeça.',
    'The data on this computer becomes that of the file {name} ({answers}). Then the app starts again.',
  ],
  'recovery.replaceNotExported': [
    'Você ainda não exportou o que pode ser lido: o que não estiver neste arquivo se perde.',
    'You have not exported what can be read yet: whatever this file lacks is lost.',
  ],
  'recovery.replace': [
    'Substituir',
    'Replace',
  ],
  'recovery.replaceFailed': [
    'Os dados não puderam ser substituídos. Exporte o que pode ser lido, comece do zero e importe o arquivo depois.',
    'The data could not be replaced. Export what can be read, start fresh, then import the file.',
  ],
  'recovery.freshTitle': [
    '3. Começar do zero',
    '3. Start fresh',
  ],
  'recovery.freshAfterExport': [
    'Apaga os dados deste computador e abre o app vazio. Disponível depois que o que pode ser lido for exportado.',
    'Deletes the data on this computer and opens the app empty. Available once what can be read has been exported.',
  ],
  'recovery.freshHint': [
    'Apaga os dados deste computador e abre o app vazio. Depois você pode importar o arquivo exportado em Progresso e backups.',
    'Deletes the data on this computer and opens the app empty. You can then import the exported file in Progress and backups.',
  ],
  'recovery.fresh': [
    'Começar do zero…',
    'Start fresh…',
  ],
  'recovery.freshConfirmTitle': [
    'Apagar os dados deste computador?',
    'Delete the data on this computer?',
  ],
  'recovery.freshConfirmBody': [
    'Tudo o que o app guardou neste computador é apagado e ele abre vazio. O arquivo que você exportou continua onde foi salvo. Isto não pode ser desfeito.',
    'Everything the app kept on this computer is deleted and it opens empty. The file you exported stays where it was saved. This cannot be undone.',
  ],
  'recovery.freshConfirm': [
    'Apagar e começar do zero',
    'Delete and start fresh',
  ],
  'recovery.freshBusy': [
    'Apagando…',
    'Deleting…',
  ],
  'recovery.freshFailed': [
    'Não foi possível apagar os dados. Feche as outras janelas do app e tente de novo.',
    'The data could not be deleted. Close the app\'s other windows and try again.',
  ],
  'settingsNotice.label': [
    'Configurações restauradas',
    'Settings restored',
  ],
  'settingsNotice': [
    {
      one: '{count} configuração ({names}) estava gravada com um valor inválido e voltou ao padrão. Salve as configurações para gravar um valor válido.',
      other: '{count} configurações ({names}) estavam gravadas com valores inválidos e voltaram ao padrão. Salve as configurações para gravar valores válidos.',
    },
    {
      one: '{count} setting ({names}) was stored with an invalid value and is back to its default. Save the settings to store a valid value.',
      other: '{count} settings ({names}) were stored with invalid values and are back to their defaults. Save the settings to store valid values.',
    },
  ],
  'settingsNotice.open': [
    'Abrir configurações',
    'Open settings',
  ],
  'settingsNotice.dismiss': [
    'Fechar aviso',
    'Dismiss',
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
