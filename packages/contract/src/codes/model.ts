/** Why a customer's own classifier cannot be used: the runtime, the model file, or how its labels map to behaviours. */
export const MODEL_CODES = [
  /** The optional ONNX runtime (`onnxruntime-node`) is not installed. */
  'model/runtime-missing',
  /** The model file cannot be read or is not a model the runtime can load. */
  'model/cannot-load',
  /** The model does not take one text input and give one output of one score per label. */
  'model/bad-shape',
  /** The label map names a label the model does not have, or a behaviour or group that does not exist. */
  'model/bad-mapping',
] as const;
