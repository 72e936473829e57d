// Outlines typed as a candidate would under time: terse, abbreviated, without accents, in
// another order. Negatives are mostly hard ones: the outline shares the topic or its generic words.
import type { KeyPointCase } from './key-point-case';

const WHAT_IS = 'MLOps aplica a automação e a colaboração do DevOps ao ciclo de vida inteiro de ML: dados, treinamento, implantação (deploy), monitoramento e retreinamento';
const DRIFT_DATA = 'Desvio de dados (data drift, covariate shift): muda a distribuição das entradas, P(X)';
const DRIFT_CONCEPT = 'Desvio conceitual: muda a relação entre entradas e alvo, P(y|X); as mesmas entradas passam a significar outra coisa';
const DRIFT_LABELS = 'O desvio de dados se detecta sem rótulos, comparando distribuições das features (PSI, KS, qui-quadrado)';
const AB = 'Testes A/B comparam o modelo novo com o atual em tráfego real, depois da implantação (deploy)';
const LOAD = 'Testes de estresse/carga verificam latência e vazão (throughput) sob tráfego pesado antes de um lançamento de alto volume';
const CT = 'MLOps acrescenta o treinamento contínuo (continuous training, CT) ao CI/CD';
const ROLLBACK = 'Permite rollback rápido para um modelo sabidamente bom';
const SILENT = 'Modelos falham em silêncio: o serviço continua no ar enquanto as previsões pioram';
const HEALTH = 'Saúde do serviço: percentis de latência, vazão (throughput), taxa de erros';
const CANARY = 'Canary: mandar uma fatia pequena do tráfego para a versão nova e aumentar aos poucos enquanto as métricas estão saudáveis';
const BLUE_GREEN = 'Blue-green: dois ambientes idênticos; implantar no ocioso, testar e depois trocar todo o tráfego de uma vez';
const SKEW = 'Training-serving skew: features calculadas de um jeito no treinamento e de outro em produção';
const TRIGGERS = 'Gatilhos por mudança de código, de dados e de configuração, não só por commit';
const LEAKAGE = 'Os transformadores são ajustados só nos dados de treino, para evitar vazamento';
const FEATURE_STORE = 'Uma feature store (como o Feast) compartilha features e mantém consistentes os valores offline e online';
const SEEDS = 'Definir seeds em todo lugar e conhecer os limites do determinismo em GPU';
const PIN_ENV = 'Fixar o ambiente com lock files e imagens de container';
const LOG_PREDICTIONS = 'Registrar em log cada previsão com request id, versão do modelo, entradas e saída, para cruzar com labels que chegam depois';
const THRESHOLDS = 'Limiares acionáveis, com responsável e runbook, evitando fadiga de alertas';
const SECURITY = 'Segurança e privacidade dos modelos e dos dados';
const COLD_START = 'Cold start piora a latência, ainda mais com modelos grandes e bibliotecas pesadas';
const SPOT = 'Rodar treinos reinicializáveis em instâncias spot ou preemptivas, com checkpoint';
const GOVERNANCE = 'Governança: auditabilidade, aprovações, explicabilidade, regulação';
const LIME = 'LIME: um modelo substituto local ajustado em amostras perturbadas';
const PROTECT = 'Proteger os dados: acesso mínimo necessário, criptografia, mascaramento de dados pessoais, conformidade com LGPD/GDPR';
const VERSION_ALL = 'Um modelo é produto de código, dados, configuração e ambiente; os quatro precisam de controle de versão';

export const PT_BR_CASES: readonly KeyPointCase[] = [
  { outline: 'automacao + colaboracao devops no ciclo de vida de ML: dados, treino, deploy, monitorar, retreinar', keyPoint: WHAT_IS, covered: true },
  { outline: 'mlops = devops aplicado a ml, automatiza ciclo de vida todo (dados, treinamento, implantacao, monitoramento)', keyPoint: WHAT_IS, covered: true },
  { outline: 'modelos em producao degradam depois do lancamento', keyPoint: WHAT_IS, covered: false },
  { outline: 'data drift / covariate shift: distribuicao das entradas muda', keyPoint: DRIFT_DATA, covered: true },
  { outline: 'desvio de dados = mudou distribuição dos inputs P(X)', keyPoint: DRIFT_DATA, covered: true },
  { outline: 'concept drift: relacao entradas -> alvo muda', keyPoint: DRIFT_DATA, covered: false },
  { outline: 'desvio conceitual: muda relacao entre entrada e alvo P(y|x)', keyPoint: DRIFT_CONCEPT, covered: true },
  { outline: 'distribuicao das entradas mudou (data drift)', keyPoint: DRIFT_CONCEPT, covered: false },
  { outline: 'detectar drift de dados sem rotulo: comparar distribuicao de features com PSI/KS', keyPoint: DRIFT_LABELS, covered: true },
  { outline: 'concept drift precisa ground truth, acompanhar metricas qdo rotulos chegam', keyPoint: DRIFT_LABELS, covered: false },
  { outline: 'teste AB: modelo novo vs atual em trafego real apos deploy', keyPoint: AB, covered: true },
  { outline: 'comparar novo x atual com trafego de verdade, A/B, depois de implantar', keyPoint: AB, covered: true },
  { outline: 'testes de carga: latencia sob trafego pesado', keyPoint: AB, covered: false },
  { outline: 'estresse/carga: latencia e throughput com trafego pesado antes de lancamento grande', keyPoint: LOAD, covered: true },
  { outline: 'teste de carga mede vazao e latencia', keyPoint: LOAD, covered: true },
  { outline: 'teste unitario do preprocessamento a cada commit', keyPoint: LOAD, covered: false },
  { outline: 'CT (treino continuo) alem do CI/CD', keyPoint: CT, covered: true },
  { outline: 'mlops soma continuous training ao cicd', keyPoint: CT, covered: true },
  { outline: 'CI/CD igual devops, testes de codigo', keyPoint: CT, covered: false },
  { outline: 'rollback rapido p/ modelo bom conhecido', keyPoint: ROLLBACK, covered: true },
  { outline: 'versionar permite reprodutibilidade e auditoria de modelo bom', keyPoint: ROLLBACK, covered: false },
  { outline: 'modelo falha silenciosamente: servico no ar mas previsoes piorando', keyPoint: SILENT, covered: true },
  { outline: 'servico fora do ar -> alerta de erro', keyPoint: SILENT, covered: false },
  { outline: 'saude do servico: latencia p95/p99, throughput, taxa de erro', keyPoint: HEALTH, covered: true },
  { outline: 'metricas de qualidade: acuracia, f1, auc', keyPoint: HEALTH, covered: false },
  { outline: 'canary: fatia pequena do trafego pra versao nova, aumenta aos poucos se metricas ok', keyPoint: CANARY, covered: true },
  { outline: 'blue green troca todo trafego de uma vez', keyPoint: CANARY, covered: false },
  { outline: 'blue-green: 2 ambientes identicos, implanta no ocioso, testa, troca trafego todo', keyPoint: BLUE_GREEN, covered: true },
  { outline: 'canary manda pouco trafego para versao nova', keyPoint: BLUE_GREEN, covered: false },
  { outline: 'skew treino/serving: features calculadas diferente no treinamento e em producao', keyPoint: SKEW, covered: true },
  { outline: 'feature store mantem features consistentes', keyPoint: SKEW, covered: false },
  { outline: 'gatilhos: mudanca de codigo, dados e config, nao so commit', keyPoint: TRIGGERS, covered: true },
  { outline: 'pipeline roda em cada commit', keyPoint: TRIGGERS, covered: false },
  { outline: 'ajustar transformadores so no treino p/ evitar vazamento (leakage)', keyPoint: LEAKAGE, covered: true },
  { outline: 'mesmo codigo de transformacao no treino e no serving', keyPoint: LEAKAGE, covered: false },
  { outline: 'feature store (feast): compartilha features, valores offline/online consistentes', keyPoint: FEATURE_STORE, covered: true },
  { outline: 'features testadas e monitoradas', keyPoint: FEATURE_STORE, covered: false },
  { outline: 'seeds fixas em todo lugar; determinismo em GPU tem limites', keyPoint: SEEDS, covered: true },
  { outline: 'GPU para deep learning, CPU para ml classico', keyPoint: SEEDS, covered: false },
  { outline: 'fixar ambiente: lock file + imagem container', keyPoint: PIN_ENV, covered: true },
  { outline: 'docker junta modelo, codigo e dependencias', keyPoint: PIN_ENV, covered: false },
  { outline: 'logar cada previsao com request id, versao do modelo, entradas/saida p/ cruzar com labels atrasados', keyPoint: LOG_PREDICTIONS, covered: true },
  { outline: 'versionar modelo no registry com linhagem', keyPoint: LOG_PREDICTIONS, covered: false },
  { outline: 'limiares acionaveis com dono e runbook, sem fadiga de alerta', keyPoint: THRESHOLDS, covered: true },
  { outline: 'dashboards grafana + alertas prometheus', keyPoint: THRESHOLDS, covered: false },
  { outline: 'seguranca e privacidade', keyPoint: SECURITY, covered: true },
  { outline: 'modelos e dados em producao', keyPoint: SECURITY, covered: false },
  { outline: 'cold start aumenta latencia, pior com modelo grande e libs pesadas', keyPoint: COLD_START, covered: true },
  { outline: 'latencia alta com trafego grande', keyPoint: COLD_START, covered: false },
  { outline: 'instancias spot/preemptivas com checkpoint, treino reinicializavel', keyPoint: SPOT, covered: true },
  { outline: 'autoscaling dos clusters de treino ate zero', keyPoint: SPOT, covered: false },
  { outline: 'governanca: auditoria, aprovacao, explicabilidade, regulacao', keyPoint: GOVERNANCE, covered: true },
  { outline: 'SHAP explica modelo globalmente', keyPoint: GOVERNANCE, covered: false },
  { outline: 'LIME = substituto local ajustado em amostras perturbadas', keyPoint: LIME, covered: true },
  { outline: 'SHAP valores de shapley, explicacao local e global', keyPoint: LIME, covered: false },
  { outline: 'proteger dados: acesso minimo, criptografia, mascarar dados pessoais, LGPD', keyPoint: PROTECT, covered: true },
  { outline: 'validar dados: schema, nulos, faixas', keyPoint: PROTECT, covered: false },
  { outline: 'versionar codigo, dados, config e ambiente (os 4)', keyPoint: VERSION_ALL, covered: true },
  { outline: 'git para codigo, dvc para dados', keyPoint: VERSION_ALL, covered: false },
];
