// Outlines typed as a candidate would under time: terse, abbreviated, other word forms, another
// order. Negatives are mostly hard ones: the outline shares the topic or its generic words.
import type { KeyPointCase } from './key-point-case';

const WHAT_IS = 'MLOps applies DevOps-style automation and collaboration to the whole ML lifecycle: data, training, deployment, monitoring and retraining';
const DRIFT_DATA = 'Data drift (covariate shift): the distribution of the inputs, P(X), changes';
const DRIFT_CONCEPT = 'Concept drift: the relationship between inputs and target, P(y|X), changes, so the same inputs now mean something else';
const DRIFT_LABELS = 'Data drift is detected without labels by comparing feature distributions (PSI, KS, chi-squared)';
const AB = 'A/B tests compare the new model with the current one on live traffic, after deployment';
const LOAD = 'Stress/load tests check latency and throughput under heavy traffic before a high-volume launch';
const CT = 'MLOps adds continuous training (CT) to CI/CD';
const ROLLBACK = 'Enables fast rollback to a known-good model';
const SILENT = 'Models fail silently: the service stays up while predictions degrade';
const HEALTH = 'Service health: latency percentiles, throughput, error rate';
const CANARY = 'Canary: send a small share of traffic to the new version and grow it step by step while metrics stay healthy';
const BLUE_GREEN = 'Blue-green: two identical environments; deploy to the idle one, test it, then switch all traffic at once';
const SKEW = 'Training-serving skew: features computed one way offline and another way online';
const TRIGGERS = 'Triggers on code, data and config changes, not only on commits';
const LEAKAGE = 'Transformers are fitted on training data only, to avoid leakage';
const FEATURE_STORE = 'A feature store (such as Feast) shares features and keeps offline and online values consistent';
const SEEDS = 'Set seeds everywhere and know the limits of GPU determinism';
const PIN_ENV = 'Pin the environment with lock files and container images';
const LOG_PREDICTIONS = 'Log every prediction with request id, model version, inputs and output, to join with delayed labels';
const THRESHOLDS = 'Actionable thresholds with an owner and a runbook, avoiding alert fatigue';
const SECURITY = 'Security and privacy of models and data';
const COLD_START = 'Cold starts hurt latency, more so with large models and heavy libraries';
const SPOT = 'Run restartable training on spot or preemptible capacity, with checkpointing';
const GOVERNANCE = 'Governance: auditability, approvals, explainability, regulation';
const LIME = 'LIME: a local surrogate model fitted on perturbed samples';
const PROTECT = 'Protect data: least-privilege access, encryption, masking of personal data, LGPD/GDPR compliance';
const VERSION_ALL = 'A model is the product of code, data, configuration and environment; all four must be versioned';
const SERVERLESS = 'Hard limits on execution time, memory, package and payload size, and usually no GPU';

export const EN_CASES: readonly KeyPointCase[] = [
  { outline: 'devops automation + collaboration across the ml lifecycle: data, train, deploy, monitor, retrain', keyPoint: WHAT_IS, covered: true },
  { outline: 'automating the whole lifecycle of ML (training, deploying, monitoring) the devops way', keyPoint: WHAT_IS, covered: true },
  { outline: 'models degrade after launch in production', keyPoint: WHAT_IS, covered: false },
  { outline: 'covariate shift = input distribution changes', keyPoint: DRIFT_DATA, covered: true },
  { outline: 'data drift: P(X) of inputs changing', keyPoint: DRIFT_DATA, covered: true },
  { outline: 'concept drift: input->target relationship changes', keyPoint: DRIFT_DATA, covered: false },
  { outline: 'concept drift - relationship inputs vs target changes, P(y|x)', keyPoint: DRIFT_CONCEPT, covered: true },
  { outline: 'input distributions changed (data drift)', keyPoint: DRIFT_CONCEPT, covered: false },
  { outline: 'detect data drift w/o labels, compare feature distribution via PSI / KS', keyPoint: DRIFT_LABELS, covered: true },
  { outline: 'concept drift needs ground truth, track metrics as labels come in', keyPoint: DRIFT_LABELS, covered: false },
  { outline: 'AB test: new vs current model on live traffic post deploy', keyPoint: AB, covered: true },
  { outline: 'compare current and new one with real live traffic (a/b), after deploying', keyPoint: AB, covered: true },
  { outline: 'load tests: latency under heavy traffic', keyPoint: AB, covered: false },
  { outline: 'stress and load testing: latency + throughput under heavy traffic before big launch', keyPoint: LOAD, covered: true },
  { outline: 'load test checks throughput and latency', keyPoint: LOAD, covered: true },
  { outline: 'unit tests for preprocessing on each commit', keyPoint: LOAD, covered: false },
  { outline: 'continuous training on top of ci/cd', keyPoint: CT, covered: true },
  { outline: 'adds CT to CICD', keyPoint: CT, covered: true },
  { outline: 'CI/CD like devops, code tests', keyPoint: CT, covered: false },
  { outline: 'quick rollback to known good model', keyPoint: ROLLBACK, covered: true },
  { outline: 'versioning enables reproducibility and audits of good models', keyPoint: ROLLBACK, covered: false },
  { outline: 'silent failures: service up but predictions degrading', keyPoint: SILENT, covered: true },
  { outline: 'service down -> error alert fires', keyPoint: SILENT, covered: false },
  { outline: 'service health - p95/p99 latency, throughput, error rates', keyPoint: HEALTH, covered: true },
  { outline: 'quality metrics: accuracy, f1, auc', keyPoint: HEALTH, covered: false },
  { outline: 'canary: small slice of traffic to new version, ramp up gradually while metrics healthy', keyPoint: CANARY, covered: true },
  { outline: 'blue green switches all the traffic at once', keyPoint: CANARY, covered: false },
  { outline: 'blue/green: 2 identical envs, deploy to idle, test, switch traffic', keyPoint: BLUE_GREEN, covered: true },
  { outline: 'canary sends little traffic to new version', keyPoint: BLUE_GREEN, covered: false },
  { outline: 'train/serve skew: features computed differently offline vs online', keyPoint: SKEW, covered: true },
  { outline: 'feature store keeps features consistent', keyPoint: SKEW, covered: false },
  { outline: 'trigger on code, data, config change, not just commits', keyPoint: TRIGGERS, covered: true },
  { outline: 'pipeline runs on every commit', keyPoint: TRIGGERS, covered: false },
  { outline: 'fit transformers on train data only to avoid leakage', keyPoint: LEAKAGE, covered: true },
  { outline: 'same transformation code in training and serving', keyPoint: LEAKAGE, covered: false },
  { outline: 'feature store (feast) shares features, consistent offline/online values', keyPoint: FEATURE_STORE, covered: true },
  { outline: 'features tested and monitored', keyPoint: FEATURE_STORE, covered: false },
  { outline: 'seeds set everywhere; gpu determinism has limits', keyPoint: SEEDS, covered: true },
  { outline: 'GPUs for deep learning, CPUs for classic ml', keyPoint: SEEDS, covered: false },
  { outline: 'pinned env: lockfiles + container image', keyPoint: PIN_ENV, covered: true },
  { outline: 'docker bundles model, code and dependencies', keyPoint: PIN_ENV, covered: false },
  { outline: 'log each prediction with request id, model version, input/output to join delayed labels', keyPoint: LOG_PREDICTIONS, covered: true },
  { outline: 'register model version with lineage', keyPoint: LOG_PREDICTIONS, covered: false },
  { outline: 'actionable thresholds, owner + runbook, avoid alert fatigue', keyPoint: THRESHOLDS, covered: true },
  { outline: 'grafana dashboards and prometheus alerts', keyPoint: THRESHOLDS, covered: false },
  { outline: 'security & privacy', keyPoint: SECURITY, covered: true },
  { outline: 'models and data in production', keyPoint: SECURITY, covered: false },
  { outline: 'cold start hurts latency esp. large models, heavy libs', keyPoint: COLD_START, covered: true },
  { outline: 'high latency with heavy traffic', keyPoint: COLD_START, covered: false },
  { outline: 'spot/preemptible instances w/ checkpoints, restartable training', keyPoint: SPOT, covered: true },
  { outline: 'autoscale training clusters down to zero', keyPoint: SPOT, covered: false },
  { outline: 'governance: audits, approval, explainable, regulations', keyPoint: GOVERNANCE, covered: true },
  { outline: 'SHAP explains the model globally', keyPoint: GOVERNANCE, covered: false },
  { outline: 'LIME = local surrogate fit on perturbed samples', keyPoint: LIME, covered: true },
  { outline: 'SHAP shapley values, local and global explanations', keyPoint: LIME, covered: false },
  { outline: 'protect data: least privilege, encrypt, mask personal data, GDPR', keyPoint: PROTECT, covered: true },
  { outline: 'validate data: schema, nulls, ranges', keyPoint: PROTECT, covered: false },
  { outline: 'version code, data, config and environment (all 4)', keyPoint: VERSION_ALL, covered: true },
  { outline: 'git for code, dvc for data', keyPoint: VERSION_ALL, covered: false },
  { outline: 'hard limits: execution time, memory, payload/package size, no GPUs', keyPoint: SERVERLESS, covered: true },
  { outline: 'gpu for large models', keyPoint: SERVERLESS, covered: false },
];
