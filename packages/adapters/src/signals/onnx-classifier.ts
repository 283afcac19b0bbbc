import { readFile } from 'node:fs/promises';
import { CallGuardError, type CodeOf } from '@callguard/contract';
import { SIGNAL_BEHAVIOURS } from '@callguard/dsl';
import type { Signals } from '@callguard/contract';
import type { SignalsDraft } from './detector.js';
import type { DetectOptions } from './language.js';

/** Why a customer's model cannot be used; stable, so callers can branch on it. */
export type ModelErrorCode = CodeOf<'model'>;

/** The one error {@link loadOnnxClassifier} throws for anything a user can cause. */
export class ModelError extends CallGuardError<ModelErrorCode> {
  constructor(code: ModelErrorCode, message: string) {
    super(code, message);
    this.name = 'ModelError';
  }
}

/**
 * A detector that answers asynchronously, as a model run does. It has the
 * shape of `SignalDetector` otherwise, so an ensemble can hold either.
 */
export interface AsyncSignalDetector {
  readonly name: string;
  readonly version: string;
  /** The behaviours detected in `text`, each with a confidence, once the model has run. */
  detect(text: string, options?: DetectOptions): Promise<Signals>;
}

/** Options for {@link loadOnnxClassifier}. */
export interface OnnxClassifierOptions {
  /** Path of the `.onnx` file. */
  readonly model: string;
  /** The model's labels, in the order of its output's scores. */
  readonly labels: readonly string[];
  /**
   * What each label means: one or more behaviours (built-in, or declared by
   * the policy and listed in `behaviours`), or groups the policy declares
   * (expanded with `groups`). Labels left out are not read.
   */
  readonly map: Readonly<Record<string, string | readonly string[]>>;
  /** The policy's groups (`CheckedPolicy.groups`), for labels mapped to a group. */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
  /**
   * The behaviours labels may map to: the policy's (`CompiledPolicy.behaviours`
   * or `signalBehaviours(checkedPolicy)`), for a model trained on behaviours
   * the policy declares. Default: the built-in ones.
   */
  readonly behaviours?: readonly string[];
  /** Recorded with decisions as the detector's name; default `onnx:<file name>`. */
  readonly name?: string;
  /** Recorded with decisions as the detector's version, e.g. the model's release; default `unversioned`. */
  readonly version?: string;
}

/**
 * Loads a customer's own text classifier, exported to ONNX, and runs it
 * offline through `onnxruntime-node` (an optional dependency: install it to
 * use this). The contract: one input, the utterance as a string tensor of
 * shape `[1]`, so the model carries its own tokenizer (a scikit-learn
 * pipeline converted with skl2onnx does); one output of shape `[1, K]`,
 * a score from 0 to 1 per label in the order of `labels`. Each score
 * becomes the confidence of the behaviours its label maps to; when several
 * labels map to one behaviour, the highest wins. Throws {@link ModelError}.
 */
export async function loadOnnxClassifier(options: OnnxClassifierOptions): Promise<AsyncSignalDetector> {
  const targets = labelTargets(options);
  const ort = await import('onnxruntime-node').catch(() => {
    throw new ModelError('model/runtime-missing', 'the ONNX runtime is not installed: run `npm install onnxruntime-node`');
  });
  let session: Awaited<ReturnType<typeof ort.InferenceSession.create>>;
  try {
    session = await ort.InferenceSession.create(await readFile(options.model));
  } catch (error) {
    throw new ModelError('model/cannot-load', `cannot load ${options.model}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [input, ...moreInputs] = session.inputNames;
  const [output, ...moreOutputs] = session.outputNames;
  if (input === undefined || output === undefined || moreInputs.length > 0 || moreOutputs.length > 0) {
    throw new ModelError(
      'model/bad-shape',
      `${options.model} has ${session.inputNames.length} inputs and ${session.outputNames.length} outputs; a classifier takes the text and gives one output of scores`,
    );
  }
  const name = options.name ?? `onnx:${options.model.split(/[\\/]/).pop() ?? options.model}`;
  return {
    name,
    version: options.version ?? 'unversioned',
    async detect(text: string): Promise<Signals> {
      let scores: ArrayLike<unknown>;
      try {
        const result = await session.run({ [input]: new ort.Tensor('string', [text], [1]) });
        scores = result[output]?.data as ArrayLike<unknown>;
      } catch (error) {
        throw new ModelError('model/bad-shape', `${name} did not run on a text input: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (scores.length !== options.labels.length) {
        throw new ModelError('model/bad-shape', `${name} gave ${scores.length} scores for ${options.labels.length} labels`);
      }
      const signals: SignalsDraft = {};
      targets.forEach((behaviours, i) => {
        const score = Number(scores[i]);
        if (!(score > 0) || !Number.isFinite(score)) return;
        const confidence = Math.round(Math.min(1, score) * 100) / 100;
        for (const behaviour of behaviours) signals[behaviour] = Math.max(signals[behaviour] ?? 0, confidence);
      });
      return signals;
    },
  };
}

/** For each label in output order, the behaviours it raises; checked before the model is loaded. */
function labelTargets({ labels, map, groups = {}, behaviours = SIGNAL_BEHAVIOURS }: OnnxClassifierOptions): (readonly string[])[] {
  // `repeated_request` is derived by the engine: no label can raise it.
  const known = new Set<string>(behaviours.filter((b) => b !== 'repeated_request'));
  for (const label of Object.keys(map)) {
    if (!labels.includes(label)) throw new ModelError('model/bad-mapping', `the map names \`${label}\`, which is not one of the model's labels`);
  }
  return labels.map((label) => {
    const named = map[label] ?? [];
    return [...new Set((typeof named === 'string' ? [named] : named).flatMap((target) => {
      if (known.has(target)) return [target];
      const group = groups[target];
      if (group !== undefined) return group.filter((b) => known.has(b));
      throw new ModelError('model/bad-mapping', `\`${label}\` maps to \`${target}\`, which is neither a behaviour nor a group of the policy`);
    }))];
  });
}
