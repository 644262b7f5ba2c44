import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../node/resources.js';

// The training scripts are run by hand: a mistyped option must say so in one line, not crash.
for (const script of ['train/word-clusters.js', 'train/induced-names.js', 'train/ner/train-cli.js']) {
  test(`${script}: an unknown option is a usage error (exit 2), --help prints the usage`, () => {
    const bad = spawnSync(process.execPath, [join(packageRoot, 'dist', script), '--no-such-option'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /Unknown option '--no-such-option'\nusage: node dist\//);
    assert.doesNotMatch(bad.stderr, /\n\s+at /); // no stack trace
    const help = spawnSync(process.execPath, [join(packageRoot, 'dist', script), '--help'], { encoding: 'utf8' });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: node dist\//);
  });
}
