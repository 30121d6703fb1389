// The one option parser of the `samtykke` commands (src/cli/options.ts): values, whole numbers,
// the messages for bad usage, and the one help layout. Pure logic: node:util's parseArgs.
import { describe, expect, it } from 'vitest';
import { parseCommand, usage, UsageError, type CommandSpec } from '../../src/cli/options.js';

const SPEC: CommandSpec = {
  name: 'try',
  operands: '<url>',
  about: 'Tries things.',
  options: [
    { name: 'out', value: 'DIR', help: 'where to write\n(default: here)' },
    { name: 'pages', value: 'N', integer: { min: 1 }, help: 'how many' },
    { name: 'port', value: 'N', integer: { min: 0, max: 65535, message: '--port takes a number from 0 to 65535' }, help: 'x' },
    { name: 'json', help: 'JSON out' },
  ],
  footer: 'Exit code: 0.',
};

const message = (args: string[], command = false): string => {
  try {
    parseCommand(SPEC, args, { command });
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('no usage error');
};

describe('parseCommand', () => {
  it('reads values, whole numbers, flags and operands', () => {
    const parsed = parseCommand(SPEC, ['try', 'https://x.test/', '--out', 'o', '--pages', '3', '--json'], { command: true });
    expect(parsed.help).toBe(false);
    expect(parsed.operands).toEqual(['https://x.test/']);
    expect(parsed.text('out')).toBe('o');
    expect(parsed.number('pages')).toBe(3);
    expect(parsed.flag('json')).toBe(true);
    expect(parsed.number('port')).toBeUndefined();
    expect(parseCommand(SPEC, ['-']).operands).toEqual(['-']);
  });

  it('names what is wrong', () => {
    expect(message(['--pages', '0'])).toBe('--pages must be a whole number ≥ 1');
    expect(message(['--pages', 'x'])).toBe('--pages must be a whole number ≥ 1');
    expect(message(['--port', '70000'])).toBe('--port takes a number from 0 to 65535');
    expect(message(['--nope'])).toBe('unknown option --nope');
    expect(message(['--out'])).toBe('--out needs a value');
    expect(message(['--out', '--json'])).toBe('--out needs a value');
    expect(message(['--json=yes'])).toBe('--json takes no value');
    expect(message(['other', 'x'], true)).toBe('unknown command "other"');
    expect(message([], true)).toBe('no command');
  });

  it('--help wins, even beside a mistake', () => {
    expect(parseCommand(SPEC, ['--help']).help).toBe(true);
    expect(parseCommand(SPEC, ['--nope', '-h']).help).toBe(true);
  });
});

describe('usage', () => {
  it('lays out every command the same way', () => {
    expect(usage(SPEC)).toBe(
      [
        'Usage: samtykke try <url> [options]',
        '',
        'Tries things.',
        '',
        'Options:',
        '  --out DIR                 where to write',
        '                            (default: here)',
        '  --pages N                 how many',
        '  --port N                  x',
        '  --json                    JSON out',
        '  -h, --help                this text',
        '',
        'Exit code: 0.',
        '',
      ].join('\n'),
    );
  });
});
