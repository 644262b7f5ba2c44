import { CliError } from '../errors.js';
import type { Command } from './index.js';

export const command: Command = {
  summary: '(not built yet)',
  help: 'rasid watch: not built yet.',
  async run() {
    throw new CliError('rasid watch is not built yet');
  },
};
