// The notice validator refuses prototype-polluting keys and reads only a plain object's own keys.
import { describe, expect, it } from 'vitest';
import { parseConfig, validate } from '../../src/widget/notice/validate.js';
import { minimal } from './notice-fixtures.js';
import type { Raw } from './notice-fixtures.js';

describe('validate: forbidden keys', () => {
  const base = '"revision":"1","controller":{"name":"A"},"categories":{"analytics":{}}';
  it.each([
    ['__proto__ at root', `{${base},"__proto__":{"polluted":true}}`, '__proto__'],
    ['constructor at root', `{${base},"constructor":{"prototype":{"x":1}}}`, 'constructor'],
    ['prototype at root', `{${base},"prototype":1}`, 'prototype'],
    ['__proto__ in controller', `{${base.replace('"name":"A"', '"name":"A","__proto__":{"x":1}')}}`, 'controller.__proto__'],
    [
      '__proto__ as a category',
      `{"revision":"1","controller":{"name":"A"},"categories":{"__proto__":{"title":"x"}}}`,
      'categories.__proto__',
    ],
    [
      'constructor as a category',
      `{"revision":"1","controller":{"name":"A"},"categories":{"constructor":{}}}`,
      'categories.constructor',
    ],
    [
      'prototype inside a category',
      `{"revision":"1","controller":{"name":"A"},"categories":{"analytics":{"prototype":{}}}}`,
      'categories.analytics.prototype',
    ],
    ['__proto__ in a text map', `{${base},"summary":{"nb":"Hei","__proto__":"x"}}`, 'summary.__proto__'],
    [
      '__proto__ in a service',
      `{${base},"services":[{"id":"a","category":"analytics","__proto__":{"admin":true}}]}`,
      'services[0].__proto__',
    ],
    [
      'constructor in a cookie of a service',
      `{${base},"services":[{"id":"a","category":"analytics","cookies":[{"name":"x","constructor":1}]}]}`,
      'services[0].cookies[0].constructor',
    ],
    [
      '__proto__ in a tracker',
      `{${base},"autoBlock":{"trackers":[{"host":"x.com","service":"s","category":"analytics","__proto__":{}}]}}`,
      'autoBlock.trackers[0].__proto__',
    ],
  ])('%s → error at %s', (_, json, path) => {
    const r = parseConfig(json);
    expect(r.config).toBeNull();
    expect(r.errors).toContainEqual({ path, message: 'forbidden key' });
    expect(r.warnings.filter((w) => w.path === path)).toEqual([]); // reported once, as an error
    expect(({} as Raw).polluted).toBeUndefined();
  });

  it('reads own keys only: a polluted Object.prototype does not fill in fields', () => {
    const proto = Object.prototype as Raw;
    proto.revision = 'polluted';
    proto.theme = 'dark';
    try {
      const r = validate({ controller: { name: 'A' }, categories: {} });
      expect(r.errors).toEqual([{ path: 'revision', message: 'is required' }]);
      expect(validate(minimal()).config!.theme).toBe('auto');
    } finally {
      delete proto.revision;
      delete proto.theme;
    }
  });

  it('rejects an object whose prototype is not a plain one', () => {
    const raw = Object.assign(Object.create({ revision: 'inherited' }), minimal());
    expect(validate(raw).errors).toEqual([{ path: '(root)', message: 'must be an object' }]);
  });
});
