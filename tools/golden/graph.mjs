// Reference outputs of the TF.js graph models (blazeface, facemesh, iris) for kyc4j's
// GraphModelGoldenTest, computed by @tensorflow/tfjs's pure-JavaScript CPU backend.
//
// Usage: node graph.mjs MODELS_DIR INPUTS_DIR OUT_DIR
//   MODELS_DIR: folder holding blazeface.json/.bin, facemesh.json/.bin, iris.json/.bin
//   INPUTS_DIR: folder holding synthetic-S.rgb and face-S.rgb (written by GoldenInputs.main)
//   OUT_DIR:    where MODEL-CASE.json and MODEL-CASE-OUTPUT.f32 are written
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';

const MODELS = [
  // name, input size, normalisation of a uint8 value
  { name: 'blazeface', size: 256, norm: (v) => v / 127.5 - 1 },
  { name: 'facemesh', size: 192, norm: (v) => v / 255 },
  { name: 'iris', size: 64, norm: (v) => v / 255 },
];
const CASES = ['synthetic', 'face'];

/** An IOHandler reading model.json and its shards from the file system (no fetch of file URLs). */
function fileHandler(dir, name) {
  return {
    load: async () => {
      const json = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
      const weightSpecs = [];
      const buffers = [];
      for (const group of json.weightsManifest) {
        weightSpecs.push(...group.weights);
        for (const path of group.paths) {
          buffers.push(readFileSync(join(dir, path)));
        }
      }
      const all = Buffer.concat(buffers);
      return {
        modelTopology: json.modelTopology,
        format: json.format,
        generatedBy: json.generatedBy,
        convertedBy: json.convertedBy,
        signature: json.signature,
        userDefinedMetadata: json.userDefinedMetadata,
        weightSpecs,
        weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength),
      };
    },
  };
}

async function run(modelsDir, inputsDir, outDir) {
  await tf.setBackend('cpu');
  mkdirSync(outDir, { recursive: true });
  for (const spec of MODELS) {
    const model = await tf.loadGraphModel(fileHandler(modelsDir, spec.name));
    // Outputs keyed by node name: the signature's tensors when there is one, else the graph's sinks.
    const json = JSON.parse(readFileSync(join(modelsDir, `${spec.name}.json`), 'utf8'));
    const named = json.signature ? Object.values(json.signature.outputs).map((t) => t.name)
      : model.outputNodes;
    const outputs = named.map((n) => n.replace(/:0$/, '')).sort();
    for (const kase of CASES) {
      const raster = readFileSync(join(inputsDir, `${kase}-${spec.size}.rgb`));
      const values = Float32Array.from(raster, spec.norm);
      const input = tf.tensor4d(values, [1, spec.size, spec.size, 3]);
      const results = model.execute(input, outputs);
      const list = Array.isArray(results) ? results : [results];
      const manifest = {
        model: spec.name,
        case: kase,
        inputSha256: createHash('sha256').update(raster).digest('hex'),
        inputShape: [1, spec.size, spec.size, 3],
        outputs: [],
        producedBy: `@tensorflow/tfjs ${tf.version.tfjs} backend ${tf.getBackend()}, tools/golden/graph.mjs`,
      };
      for (let i = 0; i < outputs.length; i++) {
        const file = `${spec.name}-${kase}-${outputs[i]}.f32`;
        const data = list[i].dataSync();
        writeFileSync(join(outDir, file), Buffer.from(data.buffer, data.byteOffset, data.byteLength));
        manifest.outputs.push({ name: outputs[i], shape: list[i].shape, file });
        console.log(`${file} shape ${JSON.stringify(list[i].shape)}`);
      }
      writeFileSync(join(outDir, `${spec.name}-${kase}.json`), JSON.stringify(manifest, null, 2) + '\n');
      tf.dispose([input, ...list]);
    }
    model.dispose();
  }
}

const [modelsDir, inputsDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node graph.mjs MODELS_DIR INPUTS_DIR OUT_DIR');
  process.exit(2);
}
await run(modelsDir, inputsDir, outDir);
