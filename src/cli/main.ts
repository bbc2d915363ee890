#!/usr/bin/env node
import { createReadStream } from 'node:fs';
import { run, type CliIo } from './run.js';

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  output: process.stdout,
  stderr: (text) => void process.stderr.write(text),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readChunks(source) {
    if (source === '-') return process.stdin.setEncoding('utf8');
    return createReadStream(source, { encoding: 'utf8', highWaterMark: 1 << 20 });
  },
};

process.exitCode = await run(process.argv.slice(2), io);
