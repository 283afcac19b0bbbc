import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import onnxProto from 'onnx-proto';
import { SIGNAL_BEHAVIOURS } from '@callguard/dsl';
import { describe, expect, it } from 'vitest';
import { ensemble } from './ensemble.js';
import { loadOnnxClassifier, ModelError } from './onnx-classifier.js';
import { TranscriptDetector } from './transcript-detector.js';

const { onnx } = onnxProto;

// A tiny classifier in the shape the adapter expects, built here so CI needs
// no model download: text in, lowercased, split on spaces, counted against a
// five-word vocabulary (TfIdfVectorizer), weighted and squashed to one score
// per label (MatMul, Sigmoid). Labels: `insult`, `menace`.
const VOCABULARY = ['idiot', 'moron', 'regret', 'visit', 'hello'];
const WEIGHTS = [
  [4, 0],
  [4, 0],
  [0, 2.5],
  [0, 2.5],
  [-2, -2],
];
const BIAS_FREE_ZERO = 0.5; // sigmoid(0): what a text with none of the words scores

function attribute(name: string, value: string | number | readonly string[] | readonly number[]) {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === 'string') return { name, type: AttributeType.STRING, s: Buffer.from(value) };
  if (typeof value === 'number') return { name, type: AttributeType.INT, i: value };
  if (typeof value[0] === 'string') return { name, type: AttributeType.STRINGS, strings: (value as string[]).map((v) => Buffer.from(v)) };
  return { name, type: AttributeType.INTS, ints: value as number[] };
}

function tinyModel(outputs = 1): Uint8Array {
  const node = [
    { opType: 'StringNormalizer', input: ['text'], output: ['lower'], attribute: [attribute('case_change_action', 'LOWER'), attribute('locale', 'C')] },
    { opType: 'StringSplit', input: ['lower'], output: ['tokens', 'count'] },
    {
      opType: 'TfIdfVectorizer',
      input: ['tokens'],
      output: ['counts'],
      attribute: [
        attribute('mode', 'TF'),
        attribute('min_gram_length', 1),
        attribute('max_gram_length', 1),
        attribute('max_skip_count', 0),
        attribute('ngram_counts', [0]),
        attribute('ngram_indexes', VOCABULARY.map((_, i) => i)),
        attribute('pool_strings', VOCABULARY),
      ],
    },
    { opType: 'MatMul', input: ['counts', 'weights'], output: ['logits'] },
    { opType: 'Sigmoid', input: ['logits'], output: ['scores'] },
  ];
  const output = [{ name: 'scores', type: { tensorType: { elemType: onnx.TensorProto.DataType.FLOAT } } }];
  if (outputs === 2) {
    node.push({ opType: 'Identity', input: ['logits'], output: ['raw'] });
    output.push({ name: 'raw', type: { tensorType: { elemType: onnx.TensorProto.DataType.FLOAT } } });
  }
  const model = onnx.ModelProto.create({
    irVersion: 8,
    opsetImport: [{ domain: '', version: 20 }],
    producerName: 'callguard-test',
    graph: {
      name: 'tiny-abuse-classifier',
      node,
      initializer: [{ name: 'weights', dataType: onnx.TensorProto.DataType.FLOAT, dims: [VOCABULARY.length, 2], floatData: WEIGHTS.flat() }],
      input: [{ name: 'text', type: { tensorType: { elemType: onnx.TensorProto.DataType.STRING, shape: { dim: [{ dimValue: 1 }] } } } }],
      output,
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

const dir = mkdtempSync(join(tmpdir(), 'callguard-model-'));
const modelFile = join(dir, 'tiny.onnx');
writeFileSync(modelFile, tinyModel());

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round = (x: number) => Math.round(x * 100) / 100;

describe('loadOnnxClassifier', () => {
  it('runs the model offline and maps its labels to behaviours', async () => {
    const model = await loadOnnxClassifier({
      model: modelFile,
      labels: ['insult', 'menace'],
      map: { insult: ['rudeness', 'profanity'], menace: 'threat' },
      version: '2026.12',
    });
    expect(model.name).toBe('onnx:tiny.onnx');
    expect(model.version).toBe('2026.12');
    expect(await model.detect('You IDIOT')).toEqual({ rudeness: round(sigmoid(4)), profanity: round(sigmoid(4)), threat: BIAS_FREE_ZERO });
    expect(await model.detect('you will regret this, expect a visit')).toEqual({ rudeness: 0.5, profanity: 0.5, threat: round(sigmoid(5)) });
  });

  it('expands a label mapped to a group the policy declares, and skips labels left out', async () => {
    const model = await loadOnnxClassifier({
      model: modelFile,
      labels: ['insult', 'menace'],
      map: { insult: 'abusive' },
      groups: { abusive: ['profanity', 'slur'] },
    });
    expect(await model.detect('moron')).toEqual({ profanity: round(sigmoid(4)), slur: round(sigmoid(4)) });
  });

  it('maps a label onto a behaviour the policy declares, given the policy\'s behaviours', async () => {
    const model = await loadOnnxClassifier({
      model: modelFile,
      labels: ['insult', 'menace'],
      map: { insult: 'insults_staff' },
      behaviours: [...SIGNAL_BEHAVIOURS, 'insults_staff'],
    });
    expect(await model.detect('moron')).toEqual({ insults_staff: round(sigmoid(4)) });
  });

  it('joins the built-in detector in an ensemble, each behaviour at the higher of the two', async () => {
    const model = await loadOnnxClassifier({ model: modelFile, labels: ['insult', 'menace'], map: { menace: 'threat' } });
    const both = ensemble(new TranscriptDetector(), model);
    expect(both.name).toBe('callguard-transcript+onnx:tiny.onnx');
    const signals = await both.detect('Fuck you, expect a visit');
    expect(signals.profanity).toBe(0.95);
    expect(signals.threat).toBe(round(sigmoid(2.5)));
    expect((await both.detect('殺すぞ', { language: 'ja' })).threat).toBe(0.9);
  });

  it.each([
    [{ model: join(dir, 'missing.onnx'), labels: ['insult'], map: {} }, 'model/cannot-load'],
    [{ model: modelFile, labels: ['insult', 'menace'], map: { rude: 'rudeness' } }, 'model/bad-mapping'],
    [{ model: modelFile, labels: ['insult', 'menace'], map: { insult: 'abusiv' } }, 'model/bad-mapping'],
    [{ model: modelFile, labels: ['insult', 'menace'], map: { insult: 'insults_staff' } }, 'model/bad-mapping'],
  ] as const)('rejects %j with %s', async (options, code) => {
    await expect(loadOnnxClassifier(options)).rejects.toMatchObject({ code });
  });

  it('rejects a file that is not a model, and a model of another shape', async () => {
    const notModel = join(dir, 'notes.onnx');
    writeFileSync(notModel, 'not a model');
    await expect(loadOnnxClassifier({ model: notModel, labels: [], map: {} })).rejects.toBeInstanceOf(ModelError);
    const twoOutputs = join(dir, 'two.onnx');
    writeFileSync(twoOutputs, tinyModel(2));
    await expect(loadOnnxClassifier({ model: twoOutputs, labels: ['insult', 'menace'], map: {} })).rejects.toMatchObject({ code: 'model/bad-shape' });
    const model = await loadOnnxClassifier({ model: modelFile, labels: ['insult', 'menace', 'spam'], map: {} });
    await expect(model.detect('hello')).rejects.toMatchObject({ code: 'model/bad-shape' });
  });
});
