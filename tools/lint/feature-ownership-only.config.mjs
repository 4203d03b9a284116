// The API's table-ownership rule alone, without type-aware rules, so its test can lint code that is not
// saved in any tsconfig. ESLint runs from the workspace root here.
import nx from '@nx/eslint-plugin';
import { featureOwnership } from './feature-ownership.mjs';

export default [...nx.configs['flat/typescript'], ...featureOwnership];
