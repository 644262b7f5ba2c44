/** The command table: name → lazily loaded module, so start-up loads only the command it runs. */
export interface Command {
  /** one line for `rasid --help` */
  summary: string;
  /** full help for `rasid COMMAND --help` */
  help: string;
  run(args: string[]): Promise<number>;
}

export const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  analyze: () => import('./analyze.js'),
  tokens: () => import('./tokens.js'),
  tag: () => import('./tag.js'),
  demo: () => import('./demo.js'),
  ingest: () => import('./ingest.js'),
  search: () => import('./search.js'),
  stats: () => import('./stats.js'),
  reanalyze: () => import('./reanalyze.js'),
  events: () => import('./events.js'),
  kb: () => import('./kb.js'),
  serve: () => import('./serve.js'),
  watch: () => import('./watch.js'),
};
