/**
 * zod/mini loads no default messages. Problems that reach users in zod's own words (a field of the
 * wrong type, in article and curated-file errors) are given in its English ones, as with zod's
 * classic API. Only `en` is imported: `z.locales` would bundle every language. The setting is
 * process-wide; the modules that report zod's messages import this one.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config(en());
