import { expect, it } from 'vitest';
import { REGISTRY_KEY } from './load';
import { ORGS_KEY } from './org-keys';

it('the loader looks at the registry key itself', () => expect(REGISTRY_KEY).toBe(ORGS_KEY));
