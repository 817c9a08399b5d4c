// Reference outputs of the dlib ResNet face descriptor (face-api's FaceRecognitionNet) on the
// pure-JavaScript TensorFlow.js CPU backend, for DlibResNetGoldenTest.
//
// Usage: node dlib.mjs INPUT_DIR MODEL_DIR OUT_DIR
//   INPUT_DIR  holds synthetic-150.rgb and face-150.rgb (GoldenInputs.main)
//   MODEL_DIR  holds face_recognition_model-weights_manifest.json and face_recognition_model.bin
//   OUT_DIR    receives dlib-CASE.json and dlib-CASE-descriptor.f32
import { register } from 'node:module';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

// face-api's no-bundle build imports the ESM sources of @tensorflow/tfjs, tfjs-backend-webgl and
// tfjs-backend-wasm (meant for bundlers): point the first at the @tensorflow/tfjs package itself and
// the GPU/wasm backends (not needed on the pure-JS CPU backend, nor usable in Node) at an empty module.
const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === '@tensorflow/tfjs/dist/index.js') {
    return next('@tensorflow/tfjs', context);
  }
  if (specifier === '@tensorflow/tfjs-backend-webgl/dist/index.js'
      || specifier === '@tensorflow/tfjs-backend-wasm/dist/index.js') {
    return { url: 'data:text/javascript,export {}', shortCircuit: true };
  }
  return next(specifier, context);
}`;
register('data:text/javascript,' + encodeURIComponent(hooks), import.meta.url);

const [inputDir, modelDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node dlib.mjs INPUT_DIR MODEL_DIR OUT_DIR');
  process.exit(2);
}

const tf = await import('@tensorflow/tfjs');
const faceapi = await import('@vladmandic/face-api/dist/face-api.esm-nobundle.js');
await tf.setBackend('cpu');
await tf.ready();

const SIZE = 150;
const manifest = JSON.parse(
  readFileSync(join(modelDir, 'face_recognition_model-weights_manifest.json'), 'utf8'));
const shards = manifest.flatMap((group) => group.paths.map((p) => readFileSync(join(modelDir, p))));
const data = Buffer.concat(shards);
const weightMap = tf.io.decodeWeights(
  data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
  manifest.flatMap((group) => group.weights));
const net = new faceapi.FaceRecognitionNet();
net.loadFromWeightMap(weightMap);

mkdirSync(outDir, { recursive: true });
for (const name of ['synthetic', 'face']) {
  const raster = readFileSync(join(inputDir, `${name}-${SIZE}.rgb`));
  if (raster.length !== SIZE * SIZE * 3) {
    throw new Error(`${name}-${SIZE}.rgb has ${raster.length} bytes, expected ${SIZE * SIZE * 3}`);
  }
  // 0..255 values: face-api subtracts the channel means and divides by 255 itself.
  const input = tf.tensor3d(Float32Array.from(raster), [SIZE, SIZE, 3], 'float32');
  const descriptor = await net.computeFaceDescriptor(input);
  input.dispose();
  const file = `dlib-${name}-descriptor.f32`;
  const bytes = Buffer.alloc(descriptor.length * 4);
  descriptor.forEach((v, i) => bytes.writeFloatLE(v, i * 4));
  writeFileSync(join(outDir, file), bytes);
  const json = {
    model: 'dlib',
    case: name,
    inputSha256: createHash('sha256').update(raster).digest('hex'),
    inputShape: [1, SIZE, SIZE, 3],
    outputs: [{ name: 'descriptor', shape: [1, descriptor.length], file }],
    producedBy: `tools/golden/dlib.mjs: @vladmandic/face-api ${faceapi.version} FaceRecognitionNet, `
      + `@tensorflow/tfjs ${tf.version.tfjs} backend ${tf.getBackend()}`,
  };
  writeFileSync(join(outDir, `dlib-${name}.json`), JSON.stringify(json, null, 2) + '\n');
  const norm = Math.hypot(...descriptor);
  console.log(`dlib-${name}: ${descriptor.length} values, norm ${norm.toFixed(4)}, `
    + `first ${Array.from(descriptor.slice(0, 4), (v) => v.toFixed(5)).join(' ')}`);
}
