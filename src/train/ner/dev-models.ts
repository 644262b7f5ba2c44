/**
 * The development models: the shipped recipe trained on the first 90 % of ANERcorp's training file only
 * (data/models/dev/ner*.model), so that the last 10 % gives a held-out figure while the shipped models
 * (data/models/ner*.model) are trained on every sentence.
 */
import { DOC_MODEL_FILE, MODEL_FILE } from '../../extract/entities/labeller.js';
import { AUTO_FILE } from '../../extract/entities/ner-lexicons.js';
import { fileResources } from '../../node/resources.js';
import type { Resources } from '../../resources.js';

export const DEV_MODEL_DIR = 'data/models/dev';

/** The models' file names under data/models/dev. */
export const devModelFile = (name: string) => `${DEV_MODEL_DIR}/${name.slice(name.lastIndexOf('/') + 1)}`;

/** The package's resources with the labeller's models (and their auto-name lexicon) taken from data/models/dev. */
export function devModelResources(res: Resources = fileResources()): Resources {
  return { read: (name) => res.read(name === MODEL_FILE || name === DOC_MODEL_FILE || name === AUTO_FILE ? devModelFile(name) : name) };
}
