import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { AppError } from '../core/index.ts';
import { SETTINGS, type SettingSpec } from './settings-schema.ts';

/** The file read when neither --config nor $SIFT_CONFIG names one, if it exists. */
export const DEFAULT_SETTINGS_FILE = 'sift.config.json';

/**
 * Which settings file applies: the --config flag, else $SIFT_CONFIG, else `sift.config.json` in
 * the working folder when there is one. A file named explicitly must exist.
 */
export function findSettingsFile(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  cwd: string = process.cwd(),
): string | undefined {
  const named = flag ?? (env.SIFT_CONFIG === '' ? undefined : env.SIFT_CONFIG);
  if (named !== undefined) {
    if (!existsSync(named))
      throw new AppError('CONFIG_INVALID', `The settings file ${named} does not exist.`);
    return named;
  }
  const local = resolve(cwd, DEFAULT_SETTINGS_FILE);
  return existsSync(local) ? local : undefined;
}

/**
 * Reads and validates a settings file, and returns its values under the names of the environment
 * variables they stand for, so that one parser serves both and the environment overrides the file.
 */
export function readSettingsFile(path: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError('CONFIG_INVALID', `The settings file ${path} is not valid JSON.`, {
      cause: error,
    });
  }
  const values: Record<string, string> = {};
  const known = new Map(SETTINGS.map((spec) => [spec.path, spec]));
  visit(parsed, '', (settingPath, value) => {
    const spec = known.get(settingPath);
    if (spec === undefined) {
      throw new AppError(
        'CONFIG_INVALID',
        `${path}: unknown setting "${settingPath}". Known settings: ${[...known.keys()].join(', ')}.`,
      );
    }
    values[spec.env] = settingText(spec, value, path);
  });
  return values;
}

/** Calls `onValue` for every leaf of the file; objects nest settings, `$schema` is ignored. */
function visit(
  node: unknown,
  prefix: string,
  onValue: (settingPath: string, value: unknown) => void,
): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    throw new AppError('CONFIG_INVALID', `The settings ${prefix || 'file'} must be a JSON object.`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (prefix === '' && key === '$schema') continue;
    const settingPath = prefix === '' ? key : `${prefix}.${key}`;
    const isGroup = SETTINGS.some((spec) => spec.path.startsWith(`${settingPath}.`));
    if (isGroup) visit(value, settingPath, onValue);
    else onValue(settingPath, value);
  }
}

function settingText(spec: SettingSpec, value: unknown, file: string): string {
  const fail = (expected: string): never => {
    throw new AppError(
      'CONFIG_INVALID',
      `${file}: "${spec.path}" must be ${expected}, not ${JSON.stringify(value)}.`,
    );
  };
  if (Array.isArray(spec.type)) {
    return typeof value === 'string' && spec.type.includes(value)
      ? value
      : fail(`one of ${spec.type.join(', ')}`);
  }
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : fail('true or false');
    case 'integer':
      return Number.isInteger(value) && (value as number) >= 0
        ? String(value)
        : fail('a whole number ≥ 0');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : fail('a number');
    default: {
      if (typeof value !== 'string' || value === '') return fail('a non-empty string');
      return spec.isPath === true && !isAbsolute(value) && value !== 'none' && value !== ':memory:'
        ? resolve(dirname(file), value)
        : value;
    }
  }
}
