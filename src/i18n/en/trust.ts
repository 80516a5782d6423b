import type { trust as fr } from '../fr/trust.js';

export const trust = {
  'help.option.trustPreset':
    'use the preset named by the folder\'s .yo-rc.json when it has templates (a template runs code) or lies outside the folder; a preset without templates inside the folder is read as data, validated like answers',
  'trust.presetNotFound': ({ spec, folders }: { spec: string; folders: readonly string[] }) =>
    `preset "${spec}": npm package not found in codegouv's installation nor in the global npm packages (${folders.join(', ')}); never in the processed folder's node_modules. Install it (npm install -g ${spec}) or give the path of its file.`,
  'trust.presetPathNotFound': ({ spec, path }: { spec: string; path: string }) =>
    `preset "${spec}": ${path} is neither a file nor a folder with a package.json; fix the path.`,
  'trust.question': ({ file, templates }: { file: string; templates: string }) =>
    `This folder's .yo-rc.json names the preset ${file}, whose templates (${templates}) replace codegouv's. A template runs code on your machine. Do you trust this preset?`,
  'trust.refused': ({ spec, file, templates }: { spec: string; file: string; templates: string }) =>
    `Preset not approved: this folder's .yo-rc.json names "${spec}" (${file}), whose templates (${templates}) run code. Nothing was written. If you trust it, run again with --trust-preset; otherwise remove "preset" from .yo-rc.json or give your own preset with --preset.`,
  'trust.questionOutside': ({ file }: { file: string }) =>
    `This folder's .yo-rc.json names the preset ${file}, outside the folder: its values would be written into the generated files. Do you trust this preset?`,
  'trust.refusedOutside': ({ spec, file }: { spec: string; file: string }) =>
    `Preset not approved: this folder's .yo-rc.json names "${spec}" (${file}), a file outside the folder whose values would be written into the generated files. Nothing was written. If it is your preset, run again with --trust-preset or --preset ${spec}; otherwise remove "preset" from .yo-rc.json.`,
  'trust.declined': ({ spec, file }: { spec: string; file: string }) =>
    `Preset declined: "${spec}" (${file}) was not used and nothing was written. Remove "preset" from .yo-rc.json or give your own preset with --preset.`,
} satisfies typeof fr;
