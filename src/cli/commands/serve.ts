import { CliError } from '../errors.js';
import type { Command } from './index.js';

export const command: Command = {
  summary: '(not built yet)',
  help: 'rasid serve: not built yet.',
  async run() {
    throw new CliError('rasid serve is not built yet');
  },
};
