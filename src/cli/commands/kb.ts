import { CliError } from '../errors.js';
import type { Command } from './index.js';

export const command: Command = {
  summary: '(not built yet)',
  help: 'rasid kb: not built yet.',
  async run() {
    throw new CliError('rasid kb is not built yet');
  },
};
