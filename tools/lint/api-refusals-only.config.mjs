// The API's rule against Nest's built-in HTTP exceptions alone, without type-aware rules, so its test can
// lint code that is not saved in any tsconfig. ESLint runs from the workspace root here.
import nx from '@nx/eslint-plugin';
import { refusalRules } from '../../apps/api/eslint.config.mjs';

export default [...nx.configs['flat/typescript'], refusalRules('apps/api/')];
