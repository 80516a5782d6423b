// Entry point for yo's lookup (generators/*/index.js): the generator is compiled to dist/.
export { default } from '../../dist/generators/publiccode/index.js';
