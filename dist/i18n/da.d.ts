import { S as Strings } from '../types/strings.js';
import '../types/schema.js';
import '../types/schema2.js';

declare const da: Strings;

export { da };
