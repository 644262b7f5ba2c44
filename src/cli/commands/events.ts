import { CliError } from '../errors.js';
import type { Command } from './index.js';

export const command: Command = {
  summary: '(not built yet)',
  help: 'rasid events: not built yet.',
  async run() {
    throw new CliError('rasid events is not built yet');
  },
};
