/**
 * `connectContactFlowHandler`: the same contact-flow answer as `POST
 * /v1/connect/contact-flow`, as an AWS Lambda function for an "Invoke AWS
 * Lambda function" block. The service is built once per Lambda environment
 * from the configuration named by `CALLGUARD_CONFIG` (default
 * `callguard.yaml` beside the handler); call state lives in its store.
 */
import { formatDiagnostic } from '@callguard/dsl';
import { readConfig } from '../config/load-config.js';
import { createService, type Service } from '../service.js';

let service: Promise<Service> | undefined;

/** Builds the service from `CALLGUARD_CONFIG`, or fails with the configuration's diagnostics. */
async function serviceFromEnvironment(): Promise<Service> {
  const file = process.env['CALLGUARD_CONFIG'] ?? 'callguard.yaml';
  const { config, diagnostics } = readConfig(file, process.env);
  if (config === undefined) throw new Error(`callguard: ${file} has errors:\n${diagnostics.map((d) => formatDiagnostic(d)).join('\n\n')}`);
  return createService(config);
}

/**
 * The Lambda handler: takes Amazon Connect's `ContactFlowEvent`, returns
 * the decision as a flat map of short strings (`callguard_action`, ...).
 */
export async function connectContactFlowHandler(event: unknown): Promise<Record<string, string>> {
  service ??= serviceFromEnvironment();
  return (await service).contactFlow(event);
}
